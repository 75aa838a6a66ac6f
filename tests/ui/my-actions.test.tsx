/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PersonalViews } from '../../src/features/my-plans';
import { HashRouter } from '../../src/lib/navigation';
import { PERSONAL_PATHS } from '../../src/lib/routes';
import { addDays, todayLocal } from '../../src/plan';
import type { Identity } from '../../src/storage/port';
import { action, makePlan } from '../agenda/plan-factory';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE } from './support/sample-plan';
import { renderWithStore } from './support/render-with-store';
import './support/dom-shims';

function plan() {
  const today = todayLocal();
  return makePlan({ CouncilDomain: 'kestrelvale.gov.uk' }, [
    action('a-mine', { ActionTitle: 'Send the ward maps', Owner: `Sam Okafor <${PEOPLE.aclm.email}>`, DueDate: addDays(today, -2) }),
    action('a-role', { ActionTitle: 'Check the hall booking', Owner: 'ACLM', DueDate: addDays(today, 30) }),
    action('a-other', { ActionTitle: 'Draft the press release', Owner: `Ruth Abara <${PEOPLE.clm.email}>` }),
  ]);
}

function renderPersonal(identity: Identity, path: string) {
  window.history.replaceState(null, '', `/?surface=personal#${path}`);
  const store = new MemoryPlanStore(plan(), identity);
  renderWithStore(
    store,
    <HashRouter initialPath={PERSONAL_PATHS.myPlans}>
      <PersonalViews />
    </HashRouter>,
  );
}

describe('My actions', () => {
  it('lists the actions I own by email or by my role, soonest first, each linking to its row, and no one else’s', async () => {
    renderPersonal(PEOPLE.aclm, PERSONAL_PATHS.myActions);
    const grid = await screen.findByRole('grid', { name: 'My actions' });
    const links = within(grid).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Send the ward maps', 'Check the hall booking']);
    expect(links[0]).toHaveAttribute('href', expect.stringContaining('#/plan/kestrel-vale/section/actions?row=a-mine'));
    expect(within(grid).queryByText('Draft the press release')).not.toBeInTheDocument();
    expect(within(grid).getAllByText('Kestrel Vale District Council')).toHaveLength(2);
    expect(within(grid).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My actions' })).toHaveAttribute('aria-current', 'page');
  });

  it('owns nothing in a plan read only as a manager', async () => {
    renderPersonal(PEOPLE.manager, PERSONAL_PATHS.myActions);
    expect(await screen.findByText('No action names you as its owner.')).toBeInTheDocument();
  });
});

describe('My plans', () => {
  it('links to My actions and offers "New plan" with the create-plan form', async () => {
    const user = userEvent.setup();
    renderPersonal(PEOPLE.cem, PERSONAL_PATHS.myPlans);
    await screen.findByRole('region', { name: 'Plans you take part in' });
    expect(screen.getByRole('link', { name: 'My actions' })).toHaveAttribute('href', '#/my-actions');
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    // In jsdom the open surface is marked aria-hidden some milliseconds after it opens, with no
    // close reported by the dialog (never in Chromium, where grid.e2e.ts finds the dialog and its
    // button by role), so the dialog and its form are looked up whether or not that has happened.
    const dialog = await screen.findByRole('dialog', { name: 'Start a plan', hidden: true });
    await user.click(within(dialog).getByRole('button', { name: 'Start the plan', hidden: true }));
    expect(await within(dialog).findAllByText(/is required/)).not.toHaveLength(0);
  });
});
