/**
 * Fictional plans for the roll-up tests: three councils that do not exist, around 10 Jan 2031,
 * with only the rows the roll-up reads.
 */
import type { FieldValue, Plan } from '../../../src/plan';
import { action, concern, makePlan, priority, row } from '../../agenda/plan-factory';

export const TODAY = '2031-01-10';

type Values = Record<string, FieldValue>;

/** A plan whose header key is its own plan id, and whose rows say they belong to it. */
export function councilPlan(planId: string, header: Values, rows: Parameters<typeof makePlan>[1] = []): Plan {
  const plan = makePlan(header, rows.map((r) => ({ ...r, planId })));
  return { ...plan, header: { ...plan.header, key: planId, planId } };
}

const meeting = (key: string, date: string, status: string) => row('meetings', key, { MeetingDate: date, MeetingStatus: status });

/** Signed by both, two overdue actions, one unresolved concern, a meeting held and one to come. */
export const ottery = councilPlan(
  'ottery-down',
  {
    CouncilName: 'Ottery Down Council',
    AclmSignedBy: 'Sam Okafor <sam.okafor@otterydown.example>',
    AclmSignedOn: '2031-01-03',
    ClmSignedBy: 'Ruth Abara <ruth.abara@otterydown.example>',
    ClmSignedOn: '2031-01-05',
  },
  [
    action('a1', { ActionTitle: 'Share the address list', DueDate: '2031-01-02', Owner: 'ACLM', Strand: '1 Address register' }),
    action('a2', { ActionTitle: 'Book the library', DueDate: '2030-12-20', Owner: 'CEM', Status: 'In progress' }),
    action('a3', { ActionTitle: 'Due today', DueDate: TODAY }),
    action('a4', { ActionTitle: 'Done already', DueDate: '2030-12-01', Status: 'Done' }),
    action('a5', { ActionTitle: 'Dropped', DueDate: '2030-12-01', Status: 'Dropped' }),
    concern('c1'),
    concern('c2', { Resolved: true }),
    priority(1, 'High'),
    priority(4, 'High'),
    priority(7, 'Medium'),
    meeting('m1', '2030-12-27', 'Closed'),
    meeting('m2', '2031-01-03', 'Planned'),
    meeting('m3', '2031-01-24', 'Planned'),
    meeting('m4', '2031-01-17', 'Closed'),
  ],
);

/** Signed by the ACLM only; no actions, concerns or meetings. */
export const bramble = councilPlan('bramble-heath', {
  CouncilName: 'Bramble Heath Borough Council',
  AclmSignedBy: 'Sam Okafor <sam.okafor@brambleheath.example>',
  AclmSignedOn: '2031-01-04',
});

/** Names only its ACLM, who has not signed; one open action not yet due. */
export const wyre = councilPlan('wyre-end', { CouncilName: 'Wyre End Council', Clm: null }, [
  action('w1', { DueDate: '2031-02-01' }),
  meeting('w-m1', '2031-01-10', 'Live'),
]);
