/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MyPlansPage } from '../../src/features/my-plans/MyPlansPage';
import type { Identity } from '../../src/storage/port';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, samplePlan } from './support/sample-plan';
import { renderWithStore } from './support/render-with-store';
import './support/dom-shims';

function renderMyPlans(identity: Identity) {
  const store = new MemoryPlanStore(samplePlan(), identity);
  const loadPlan = jest.spyOn(store, 'loadPlan');
  renderWithStore(store, <MyPlansPage />);
  return { loadPlan };
}

describe('My plans', () => {
  it("lists the plans a person takes part in from the plans list alone, without reading each plan", async () => {
    const { loadPlan } = renderMyPlans(PEOPLE.aclm);
    const mine = await screen.findByRole('region', { name: 'Plans you take part in' });
    expect(within(mine).getByText('Kestrel Vale District Council')).toBeInTheDocument();
    expect(loadPlan).not.toHaveBeenCalled();
  });

  it('puts a plan a manager can only read under the other plans', async () => {
    renderMyPlans(PEOPLE.manager);
    const others = await screen.findByRole('region', { name: 'Other plans you can read' });
    expect(within(others).getByText('Kestrel Vale District Council')).toBeInTheDocument();
  });
});
