import { SECTIONS, STRANDS, formatDate, parsePerson, sectionById, type AnyRow, type FieldDef, type IsoDate, type Plan, type RowSectionId, type SectionDef } from '../../plan';
import { isOpen, isUnresolved } from '../../plan/progress';
import { dateOf, textOf } from '../../plan/read-values';
import { cellText } from './cell-text';
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

function peopleTable(plan: Plan): Block {
  const v = plan.header.values;
  const people: [string, unknown][] = [
    ['Census engagement manager (CEM)', v.Cem],
    ['Assistant census liaison manager (ACLM)', v.Aclm],
    ['Census liaison manager (CLM)', v.Clm],
  ];
  return {
    kind: 'table',
    headers: ['Role', 'Name', 'Email'],
    rows: people.map(([role, value]) => {
      const person = typeof value === 'string' && value.trim() !== '' ? parsePerson(value) : { name: 'not named' };
      return [role, person.name, person.email ?? ''];
    }),
  };
}

function sectionTable(plan: Plan, section: SectionDef): Block {
  const rows = plan.sections[section.id as RowSectionId] as readonly AnyRow[];
  return {
    kind: 'table',
    headers: section.fields.map((f) => f.label),
    rows: rows.map((r) => section.fields.map((f: FieldDef) => cellText(f, r.values[f.name]))),
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
        textOf(a.values.Owner) ?? '',
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

function whereThingsLive(plan: Plan, location: PlanLocation): Block[] {
  const lists = (SECTIONS as readonly SectionDef[]).map((s) => [
    s.title,
    s.list,
    String(s.id === 'plan' ? 1 : (plan.sections[s.id as RowSectionId] as readonly AnyRow[]).length),
  ]);
  return [
    { kind: 'paragraph', label: 'SharePoint site', text: location.site },
    {
      kind: 'paragraph',
      text: `Each list below holds every plan on the site; this plan’s rows are the ones whose PlanId is “${plan.header.key}”. Exported documents are saved in the site’s document library, in the folder “${plan.header.key}”.`,
    },
    { kind: 'table', headers: ['Part of the plan', 'SharePoint list', 'Rows for this plan'], rows: lists },
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
