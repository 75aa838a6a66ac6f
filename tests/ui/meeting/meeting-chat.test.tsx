/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MeetingChatSurface } from '../../../src/features/meeting';
import type { Plan } from '../../../src/plan';
import { makePlan, row } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { MEETING_KEY, planWithAgreedMeeting, renderSurface } from './meeting-fixture';

/** The fixture plan with its meeting closed as the side panel closes it: minutes written, a decision recorded. */
function planWithClosedMeeting(): Plan {
  const plan = planWithAgreedMeeting();
  const [held] = plan.sections.meetings;
  return makePlan({}, [
    ...plan.sections.actions,
    row('decisions', 'd1', { DecisionText: 'The drop-in moves to the community hub.', MeetingKey: MEETING_KEY }),
    { ...held!, values: { ...held!.values, MeetingStatus: 'Closed', Minutes: 'Meeting of 2 Feb 2031: Kestrel Vale District Council', NextMeetingDate: '2031-02-16' } },
  ]);
}

describe("the meeting chat's tab", () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('shows the minutes and decisions of the closed meeting, and the recap to share', async () => {
    renderSurface(MeetingChatSurface, new MemoryPlanStore(planWithClosedMeeting()));
    await screen.findByRole('heading', { level: 2, name: 'Minutes of the meeting on 2 Feb 2031' });
    expect(screen.getByText('Meeting of 2 Feb 2031: Kestrel Vale District Council')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Decisions' })).getByText('The drop-in moves to the community hub.')).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'The recap as text' }) as HTMLTextAreaElement).value).toContain('**Next meeting: 16 Feb 2031**');
  });

  it('shows the agreed agenda until the meeting is closed', async () => {
    renderSurface(MeetingChatSurface, new MemoryPlanStore(planWithAgreedMeeting()));
    await screen.findByText('The minutes appear here once the meeting is closed. This is the agreed agenda.');
    expect(within(screen.getByRole('list', { name: 'Agenda' })).getByText(/Book the library room for the drop-in/)).toBeInTheDocument();
  });
});
