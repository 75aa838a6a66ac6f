/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelSurface } from '../../../src/features/meeting';
import { fakeTimersOnACleanPage } from '../live/page-timers';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { planWithAgreedMeeting, renderSurface } from './meeting-fixture';

/**
 * A new field on a meeting record is one line of the schema: the side panel's form asks for it
 * and the saved row carries it, with no other change. The line below is that line.
 */
jest.mock('../../../src/plan/sections/meetings', () => {
  const actual = jest.requireActual('../../../src/plan/sections/meetings');
  const { field } = jest.requireActual('../../../src/plan/field');
  return {
    ...actual,
    decisions: { ...actual.decisions, fields: [...actual.decisions.fields, field.text('DecidedBy', 'Decided by', { inMeeting: true })] },
  };
});

describe('a field added to a meeting record in the schema', () => {
  fakeTimersOnACleanPage();

  it('appears in the side panel form and in the row it saves', async () => {
    const store = new MemoryPlanStore(planWithAgreedMeeting());
    renderSurface(SidePanelSurface, store);
    for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.type(await screen.findByRole('textbox', { name: 'Decision' }), 'The drop-in moves to the hub.');
    await user.type(screen.getByRole('textbox', { name: 'Decided by' }), 'Both partners');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(store.creates.map((c) => [c.section, c.values.DecisionText, c.values.DecidedBy])).toEqual([
      ['decisions', 'The drop-in moves to the hub.', 'Both partners'],
    ]);
  });
});
