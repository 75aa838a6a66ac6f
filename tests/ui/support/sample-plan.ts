import { strandChoice, type Plan } from '../../../src/plan';
import type { Identity } from '../../../src/storage/port';
import { checklistItem, makePlan, PLAN_ID, priority, row } from '../../agenda/plan-factory';

export { PLAN_ID };

/** The fictional people of the test plan (its header names them). */
export const PEOPLE = {
  cem: { id: 'u-cem', displayName: 'Ava Lindqvist', email: 'ava.lindqvist@census.example' },
  aclm: { id: 'u-aclm', displayName: 'Sam Okafor', email: 'sam.okafor@kestrelvale.gov.uk' },
  clm: { id: 'u-clm', displayName: 'Ruth Abara', email: 'ruth.abara@kestrelvale.gov.uk' },
  staff: { id: 'u-staff', displayName: 'Dev Mistry', email: 'dev.mistry@kestrelvale.gov.uk' },
  manager: { id: 'u-manager', displayName: 'Morgan Reyes', email: 'morgan.reyes@census.example' },
} satisfies Record<string, Identity>;

/** A small plan with a row or two in the sections the tests open. */
export function samplePlan(): Plan {
  return makePlan({ CouncilDomain: 'kestrelvale.gov.uk' }, [
    row('keyContacts', 'contact-1', { ContactName: 'Jo Marsh', Email: 'jo.marsh@kestrelvale.gov.uk', Organisation: 'Kestrel Vale' }),
    row('plannedCommunication', 'comms-1', { Attendees: 'CEM, ACLM', Reason: 'Review the plan', Frequency: 'Fortnightly' }),
    priority(1, 'High'),
    priority(2, null),
    row('communityPriorities', 'cell-1', {
      ChannelGroup: 'Media',
      Channel: 'Local radio',
      Community: 'Boat dwellers',
      Priority: 'High',
    }),
    row('communityPriorities', 'cell-2', {
      ChannelGroup: 'Media',
      Channel: 'Parish newsletter',
      Community: 'Farm workers',
      Priority: 'Low',
    }),
    checklistItem('check-1'),
    row('actions', 'action-1', { ActionTitle: 'Send the leaflet proofs', Status: 'Open', Strand: strandChoice(7), DueDate: '2020-01-01' }),
  ]);
}
