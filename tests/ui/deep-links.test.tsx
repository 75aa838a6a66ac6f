/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, renderTab, samplePlan, sectionRoute } from './support/render-tab';

describe('deep links', () => {
  it('opens on the row a link names, with focus on it', async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), sectionRoute('keyContacts', 'contact-1'));
    const grid = await screen.findByRole('grid', { name: 'Key contacts' });
    const [, first] = within(grid).getAllByRole('row');
    await waitFor(() => expect(within(first!).getAllByRole('gridcell')[0]).toHaveFocus());
  });

  it("copies a row's link, which names the tab surface, the plan and the row", async () => {
    const user = userEvent.setup();
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), sectionRoute('keyContacts'));
    await user.click(await screen.findByRole('button', { name: 'Actions for "Jo Marsh"' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Copy link' }));
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toBe(
        `http://localhost/?surface=tab&plan=${PLAN_ID}#/plan/${PLAN_ID}/section/keyContacts?row=contact-1`,
      ),
    );
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('moves between pages with its own navigation, marking where you are', async () => {
    // jsdom has no media queries, so the tab is laid out as a narrow one: navigation behind a button.
    const user = userEvent.setup();
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), `/plan/${PLAN_ID}`);
    const openNavigation = async () => {
      await user.click(await screen.findByRole('button', { name: 'Open navigation' }));
      return screen.findByRole('navigation', { name: 'Plan navigation' });
    };
    await user.click(within(await openNavigation()).getByRole('link', { name: 'Local priorities' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Local priorities' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Plan navigation' })).not.toBeInTheDocument();
    expect(within(await openNavigation()).getByRole('link', { name: 'Local priorities' })).toHaveAttribute('aria-current', 'page');
    await user.keyboard('{Escape}');
    const trail = screen.getByRole('navigation', { name: 'You are here' });
    await user.click(within(trail).getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kestrel Vale District Council' })).toBeInTheDocument();
  });
});
