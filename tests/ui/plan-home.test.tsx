/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { PAGES } from '../../src/plan';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, renderTab, samplePlan } from './support/render-tab';

describe('the plan home', () => {
  it("shows the council, each strand's priority with its open and overdue actions, and links to every section", async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), `/plan/${PLAN_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kestrel Vale District Council' })).toBeInTheDocument();

    const strands = screen.getByRole('region', { name: 'Partnership strands' });
    const publicity = within(strands).getByText('Strand 7').parentElement!.parentElement!;
    expect(within(publicity).getByText('1 open action')).toBeInTheDocument();
    expect(within(publicity).getByText('1 overdue')).toBeInTheDocument();
    const address = within(strands).getByText('Strand 1').parentElement!.parentElement!;
    expect(within(address).getByText('High')).toBeInTheDocument();
    expect(within(address).getByText('None overdue')).toBeInTheDocument();

    const sections = screen.getByRole('navigation', { name: 'Sections of the plan' });
    for (const page of PAGES) expect(within(sections).getByRole('link', { name: page.title })).toBeInTheDocument();
    expect(within(sections).getByRole('link', { name: 'Sign-off' })).toHaveAttribute('href', `#/plan/${PLAN_ID}/sign-off`);
  });

  it('says who has signed', async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), `/plan/${PLAN_ID}`);
    const signOff = (await screen.findByRole('heading', { level: 2, name: 'Sign-off' })).parentElement!;
    expect(within(signOff).getAllByText('Not signed')).toHaveLength(2);
  });
});
