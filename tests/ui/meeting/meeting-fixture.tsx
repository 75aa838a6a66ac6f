import '../support/dom-shims';
import { configure } from '@testing-library/react';
import type { ComponentType } from 'react';
import { saveAgenda, type Agenda } from '../../../src/agenda';
import { proposedAgenda } from '../../../src/features/meeting/meeting-agenda';
import type { Plan } from '../../../src/plan';
import { action, concern, makePlan, meeting, MEETING, PLAN_ID, strand } from '../../agenda/plan-factory';
import { renderWithStore } from '../support/render-with-store';
import { MemoryPlanStore } from '../../support/memory-plan-store';

// The machine is shared: a surface that loads its plan may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

export const MEETING_KEY = `${PLAN_ID}/meeting-7`;

/** The fictional plan's rows a meeting works on: two open actions and an open concern. */
function planRows() {
  return [
    action('a1', { ActionTitle: 'Book the library room for the drop-in', Owner: 'ACLM', DueDate: '2031-01-30', Strand: strand(5) }),
    action('a2', { ActionTitle: 'Send the leaflet proofs', Owner: 'CEM', DueDate: '2031-02-20', Strand: strand(7) }),
    concern('c1', { Community: 'Boat dwellers', Concern: 'Moorings change every fortnight.' }),
  ];
}

/** The agenda the meeting agreed: the plan's proposal for 2 Feb 2031. */
export function agreedAgenda(): Agenda {
  return proposedAgenda(makePlan({}, planRows()), MEETING, MEETING_KEY);
}

/** The plan with the meeting on 2 Feb 2031 planned and its proposed agenda agreed. */
export function planWithAgreedMeeting(): Plan {
  const savedJson = saveAgenda(agreedAgenda());
  return makePlan({}, [...planRows(), meeting(MEETING_KEY, MEETING, { MeetingStatus: 'Planned', AgendaSnapshot: savedJson })]);
}

/** A plan with no meeting row yet (the details tab creates it). */
export function planWithoutMeeting(): Plan {
  return makePlan({}, planRows());
}

/** Renders a meeting surface as the page at `?surface=…&plan=…&meeting=…` would, over a fake store. */
export function renderSurface(Surface: ComponentType, store: MemoryPlanStore, meetingRef: string | undefined = MEETING_KEY) {
  const params = new URLSearchParams({ plan: PLAN_ID, ...(meetingRef && { meeting: meetingRef }) });
  window.history.replaceState(null, '', `/?${params.toString()}`);
  return renderWithStore(store, <Surface />);
}
