/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, renderTab, samplePlan } from './support/render-tab';

/**
 * The link under the census milestones says what it leads to for the person reading: "Edit" only
 * for someone who may change the plan's details (the CEM), "See" for everyone else, who finds
 * them read only.
 */
describe("the plan home's link to the plan details", () => {
  it('offers the CEM to edit them', async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), `/plan/${PLAN_ID}`);
    expect(await screen.findByRole('link', { name: 'Edit plan details' })).toHaveAttribute('href', `#/plan/${PLAN_ID}/section/plan`);
  });

  it('offers council staff to see them, not to edit them', async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.staff), `/plan/${PLAN_ID}`);
    expect(await screen.findByRole('link', { name: 'See plan details' })).toHaveAttribute('href', `#/plan/${PLAN_ID}/section/plan`);
    expect(screen.queryByRole('link', { name: 'Edit plan details' })).not.toBeInTheDocument();
  });
});
