import { SIGNATURES, SIGNERS, sectionById, type SectionId, type Signer } from '../../plan';
import { OPEN_ACTION_STATUSES } from '../../plan/progress';
import { TODAY, and, eq, inValues, isNotNull, isNull, lt, or, viewQuery, type Caml } from './caml';

/**
 * The SharePoint list views set up for managers, as data. Graph cannot create views, so the
 * site set-up adds them through SharePoint REST; they let an area manager browse every council's
 * plan in SharePoint itself, beside the app's own roll-up.
 */
export interface ManagerView {
  /** The section whose list the view belongs to. */
  readonly section: SectionId;
  readonly title: string;
  /** What the view shows, in a sentence (the set-up page and the README list it). */
  readonly description: string;
  /** Columns shown, by internal name; LinkTitle is the row's label linked to the item. */
  readonly fields: readonly string[];
  readonly query: Caml;
  readonly rowLimit: number;
}

/** SharePoint's own columns a view may show besides the list's columns. */
export const BUILT_IN_VIEW_FIELDS: readonly string[] = ['LinkTitle', 'Title', 'ID', 'Modified', 'Created', 'Author', 'Editor'];

/**
 * Open actions, named by the statuses that are open rather than as "not Done and not Dropped":
 * once LAPP Actions holds more than 5,000 rows across councils SharePoint answers a view only
 * through an index, and an index cannot answer "not equal".
 */
const OPEN = inValues('Status', 'Text', OPEN_ACTION_STATUSES);

/**
 * Not signOffState's `signed`, in CAML: a signer the plan names has not signed, or the plan names
 * no signer and someone has not signed. (A plan naming both needs both: the first case covers it.)
 */
const eachSigner = (condition: (who: Signer) => Caml) => SIGNERS.map(condition) as [Caml, ...Caml[]];
const AWAITING_SIGN_OFF = or(
  ...eachSigner((who) => and(isNotNull(SIGNATURES[who].names), isNull(SIGNATURES[who].by))),
  and(...eachSigner((who) => isNull(SIGNATURES[who].names)), or(...eachSigner((who) => isNull(SIGNATURES[who].by)))),
);

const BY_COUNCIL = 'PlanId';
const ROWS = 100;

export const MANAGER_VIEWS: readonly ManagerView[] = [
  {
    section: 'plan',
    title: 'All plans by council',
    description: 'Every council’s plan, A to Z, with its partners, signatures and when it was last shared.',
    fields: ['LinkTitle', 'Census', 'Cem', 'Aclm', 'Clm', 'AclmSignedOn', 'ClmSignedOn', 'LastSharedOn', 'Modified'],
    query: viewQuery({ orderBy: [{ field: 'CouncilName' }] }),
    rowLimit: ROWS,
  },
  {
    section: 'plan',
    title: 'Plans awaiting sign-off',
    description: 'Plans still missing the ACLM’s or the CLM’s signature (only the one the plan names, when it names one).',
    fields: ['LinkTitle', 'Aclm', 'AclmSignedOn', 'Clm', 'ClmSignedOn', 'LastSharedOn'],
    query: viewQuery({ where: AWAITING_SIGN_OFF, orderBy: [{ field: 'CouncilName' }] }),
    rowLimit: ROWS,
  },
  {
    section: 'actions',
    title: 'Open actions by council',
    description: 'Actions not done or dropped, grouped by plan, soonest due first.',
    fields: ['LinkTitle', 'Strand', 'Owner', 'DueDate', 'Status'],
    query: viewQuery({ where: OPEN, groupBy: BY_COUNCIL, orderBy: [{ field: 'DueDate' }] }),
    rowLimit: ROWS,
  },
  {
    section: 'actions',
    title: 'Overdue actions',
    description: 'Open actions whose due date has passed (due before today), grouped by plan, oldest first.',
    fields: ['LinkTitle', 'PlanId', 'Strand', 'Owner', 'DueDate', 'Status'],
    query: viewQuery({ where: and(OPEN, lt('DueDate', 'DateTime', TODAY)), groupBy: BY_COUNCIL, orderBy: [{ field: 'DueDate' }] }),
    rowLimit: ROWS,
  },
  {
    section: 'concernsRaised',
    title: 'Unresolved concerns',
    description: 'Concerns the councils raised that are not marked resolved, grouped by plan.',
    fields: ['LinkTitle', 'Month', 'Community', 'ActionTaken', 'NextSteps'],
    query: viewQuery({ where: or(isNull('Resolved'), eq('Resolved', 'Boolean', false)), groupBy: BY_COUNCIL, orderBy: [{ field: 'ID' }] }),
    rowLimit: ROWS,
  },
  {
    section: 'meetings',
    title: 'Meetings by council',
    description: 'Every meeting, grouped by plan, latest first, with its status and the next date agreed.',
    fields: ['LinkTitle', 'MeetingDate', 'Kind', 'MeetingStatus', 'NextMeetingDate'],
    query: viewQuery({ groupBy: BY_COUNCIL, orderBy: [{ field: 'MeetingDate', descending: true }] }),
    rowLimit: ROWS,
  },
  {
    section: 'localPriorities',
    title: 'High-priority strands by council',
    description: 'The partnership strands each council ranked High, with the reasoning.',
    fields: ['LinkTitle', 'Priority', 'Notes'],
    query: viewQuery({ where: eq('Priority', 'Text', 'High'), groupBy: BY_COUNCIL, orderBy: [{ field: 'SortOrder' }] }),
    rowLimit: ROWS,
  },
];

/** The SharePoint list a view belongs to. */
export function listTitleOf(view: ManagerView): string {
  return sectionById(view.section).list;
}
