import { ROW_SECTIONS, STRANDS, formatDate, parsePerson, sectionById, type AnyRow, type FieldDef, type IsoDate, type Plan, type RowSectionId, type SectionDef } from '../../plan';
import { isOpen, isUnresolved } from '../../plan/progress';
import { dateOf, textOf } from '../../plan/read-values';
import { normaliseHeading } from '../text-match';
import { personName, rowCellText, shownFields } from './cell-text';
import type { Block, Outline } from './outline';
import { meetingLabel, strandOfRow } from './plan-facts';

/** Where the plan is kept, as the app knows it (the site's address or id). */
export interface PlanLocation {
  readonly site: string;
}

export interface HandoverOptions {
  readonly today: IsoDate;
  readonly location: PlanLocation;
  /** How many of the latest meetings' decisions to include. */
  readonly meetings?: number;
}

const RECENT_MEETINGS = 3;

/** The plan's people, named by the plan or else by its key contacts (whose role says ACLM or CLM). */
function peopleTable(plan: Plan): Block {
  const v = plan.header.values;
  const fromContacts = (role: string): string | null => {
    const contact = plan.sections.keyContacts.find((c) => normaliseHeading(textOf(c.values.ContactRole) ?? '') === role);
    if (!contact) return null;
    const name = textOf(contact.values.ContactName) ?? '';
    const email = textOf(contact.values.Email);
    return email ? `${name} <${email}>` : name;
  };
  const people: [string, string | null][] = [
    ['Census engagement manager (CEM)', textOf(v.Cem) ?? fromContacts('cem')],
    ['Assistant census liaison manager (ACLM)', textOf(v.Aclm) ?? fromContacts('aclm')],
    ['Census liaison manager (CLM)', textOf(v.Clm) ?? fromContacts('clm')],
  ];
  return {
    kind: 'table',
    headers: ['Role', 'Name', 'Email'],
    rows: people.map(([role, value]) => {
      const person = value ? parsePerson(value) : { name: 'not named' };
      return [role, person.name, person.email ?? ''];
    }),
  };
}

function sectionTable(plan: Plan, section: SectionDef): Block {
  const rows = plan.sections[section.id as RowSectionId] as readonly AnyRow[];
  return {
    kind: 'table',
    headers: shownFields(section).map((f) => f.label),
    rows: rows.map((r) => shownFields(section).map((f: FieldDef) => rowCellText(f, r.values))),
  };
}

function openActions(plan: Plan): Block {
  const rows = plan.sections.actions
    .filter(isOpen)
    .sort((a, b) => (dateOf(a.values.DueDate) ?? '9999').localeCompare(dateOf(b.values.DueDate) ?? '9999'))
    .map((a) => {
      const strand = strandOfRow(a);
      const due = dateOf(a.values.DueDate);
      return [
        textOf(a.values.ActionTitle) ?? '',
        strand ? (STRANDS.find((s) => s.id === strand)?.short ?? '') : '',
        personName(a.values.Owner),
        due ? formatDate(due) : '',
        textOf(a.values.Status) ?? 'Open',
        meetingLabel(plan, textOf(a.values.RaisedInMeeting)),
        meetingLabel(plan, textOf(a.values.ClosedInMeeting)),
        textOf(a.values.ActionNotes) ?? '',
      ];
    });
  return { kind: 'table', headers: ['Action', 'Strand', 'Owner', 'Due', 'Status', 'Raised in', 'Closed in', 'Notes'], rows };
}

function unresolvedConcerns(plan: Plan): Block {
  const rows = plan.sections.concernsRaised
    .filter(isUnresolved)
    .map((c) => [c.values.Month, c.values.Community, c.values.Concern, c.values.ActionTaken, c.values.NextSteps].map((x) => textOf(x) ?? ''));
  return { kind: 'table', headers: ['Month', 'Community or group', 'Concern', 'Action taken', 'Next steps'], rows };
}

function recentDecisions(plan: Plan, today: IsoDate, count: number): Block[] {
  const meetings = plan.sections.meetings
    .map((m) => ({ key: m.key, date: dateOf(m.values.MeetingDate) }))
    .filter((m): m is { key: string; date: IsoDate } => m.date !== null && m.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, count);
  if (meetings.length === 0) return [{ kind: 'paragraph', text: 'No meetings have been recorded yet.' }];
  return meetings.flatMap((m): Block[] => {
    const decided = plan.sections.decisions.filter((d) => textOf(d.values.MeetingKey) === m.key).map((d) => textOf(d.values.DecisionText) ?? '');
    return [
      { kind: 'heading', level: 3, text: `Meeting of ${formatDate(m.date)}` },
      decided.length > 0 ? { kind: 'bullets', items: decided } : { kind: 'paragraph', text: 'No decisions were recorded.' },
    ];
  });
}

/** Where the plan is kept, in the words of someone opening the site: no list names, ids or paths. */
function whereThingsLive(plan: Plan, location: PlanLocation): Block[] {
  const parts = (ROW_SECTIONS as readonly SectionDef[])
    .filter((s) => s.id !== 'snapshots')
    .map((s) => [s.title, String((plan.sections[s.id as RowSectionId] as readonly AnyRow[]).length)]);
  return [
    { kind: 'paragraph', label: 'SharePoint site', text: location.site },
    {
      kind: 'paragraph',
      text: 'Open the plan from the LAPP tab in the partnership’s Teams channel: every part below is there, and exported documents are saved in the site’s document library.',
    },
    { kind: 'table', headers: ['Part of the plan', 'Rows'], rows: parts },
  ];
}

/**
 * What someone taking over as CEM, ACLM or CLM needs: who is who, the open actions with where
 * they were raised and closed, the concerns still open, what the last meetings decided, and
 * where the plan is kept.
 */
export function handoverOutline(plan: Plan, options: HandoverOptions): Outline {
  const council = textOf(plan.header.values.CouncilName) ?? plan.header.key;
  const blocks: Block[] = [
    { kind: 'title', text: `Handover pack: ${council}` },
    { kind: 'paragraph', label: 'Produced on', text: formatDate(options.today) },
    { kind: 'paragraph', text: 'For whoever takes over as CEM, ACLM or CLM: who is who, what is still open, what was decided lately and where everything is kept.' },
    { kind: 'heading', level: 1, text: '1 Contacts' },
    peopleTable(plan),
    { kind: 'heading', level: 2, text: 'Key contacts' },
    sectionTable(plan, sectionById('keyContacts')),
    { kind: 'heading', level: 2, text: 'Press office contact' },
    sectionTable(plan, sectionById('pressOffice')),
    { kind: 'heading', level: 1, text: '2 Open actions' },
    openActions(plan),
    { kind: 'heading', level: 1, text: '3 Unresolved concerns' },
    unresolvedConcerns(plan),
    { kind: 'heading', level: 1, text: '4 Decisions of the last meetings' },
    ...recentDecisions(plan, options.today, options.meetings ?? RECENT_MEETINGS),
    { kind: 'heading', level: 1, text: '5 Where everything lives' },
    ...whereThingsLive(plan, options.location),
  ];
  return { title: `Handover pack: ${council}`, blocks };
}
