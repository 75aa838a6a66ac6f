import { ROW_SECTIONS, STRANDS, formatDate, type AnyRow, type FieldDef, type IsoDate, type Plan, type RowSectionId, type SectionDef, type StrandId } from '../../plan';
import { isOpen, isOverdue, isUnresolved, planProgress } from '../../plan/progress';
import { dateOf, textOf } from '../../plan/read-values';
import { personName } from './cell-text';
import { DEFAULT_COMMITTEE } from './formats';
import type { Block, Outline } from './outline';
import { modifiedDay, strandOfRow, within } from './plan-facts';

export interface ProgressNoteOptions {
  readonly today: IsoDate;
  /** What has happened is counted from this day. */
  readonly since: IsoDate;
  /** Who the note is for. */
  readonly committee?: string;
}

const TIMES: Readonly<Record<number, string>> = { 1: 'once', 2: 'twice' };

/** "Label: what (detail, detail)." — the text's own full stop dropped so the line has one. */
function item(label: string, text: string | null, details: readonly (string | null | undefined)[]): string {
  const what = (text ?? '').trim().replace(/[.!?]+$/, '');
  const extra = details.filter((d): d is string => Boolean(d)).join(', ');
  return `${label}${what}${extra ? ` (${extra})` : ''}.`;
}

/** The sections whose rows record dated work in a strand (briefings, updates, support…): the day it happened. */
const DATED_WORK = (ROW_SECTIONS as readonly SectionDef[]).filter(
  (s) => s.strand !== undefined && s.page !== 'meetings' && s.id !== 'concernsRaised' && s.fields.some((f) => f.kind === 'date'),
);

/** "Community updates: Boat dwellers — Leaflets left at the marina office (28 Jan 2031)." */
function datedWorkItem(section: SectionDef, row: AnyRow, day: IsoDate): string {
  const label = textOf(row.values[section.labelField]) ?? '';
  const confirmed = textOf(row.values.Confirmed);
  const detail = section.fields.find((f) => f.kind === 'note' && f.name !== section.labelField && textOf(row.values[f.name]) !== null);
  const extra = detail ? textOf(row.values[detail.name]) : null;
  const what = label.replace(/[.!?]+$/, '');
  return item(`${section.title}: `, extra && extra !== label ? `${what} — ${extra}` : what, [
    confirmed === 'Yes' ? 'confirmed' : confirmed === 'TBC' ? 'to be confirmed' : null,
    formatDate(day),
  ]);
}

/**
 * Per strand, what happened in the period: every dated row of the strand's tables (briefings,
 * community updates, offers and support, media, address work), actions done, decisions taken
 * and concerns resolved. A row counts by the day it records, never by when it was last saved:
 * an imported concern resolved months ago is not news.
 */
function happenedByStrand(plan: Plan, since: IsoDate, today: IsoDate): Map<StrandId | undefined, string[]> {
  const happened = new Map<StrandId | undefined, string[]>();
  const add = (strand: StrandId | undefined, text: string): void => {
    happened.set(strand, [...(happened.get(strand) ?? []), text]);
  };
  for (const section of DATED_WORK) {
    const dateField = section.fields.find((f) => f.kind === 'date') as FieldDef;
    for (const row of plan.sections[section.id as RowSectionId] as readonly AnyRow[]) {
      const day = dateOf(row.values[dateField.name]);
      if (day && within(day, since, today)) add(section.strand, datedWorkItem(section, row, day));
    }
  }
  for (const a of plan.sections.actions) {
    const closed = dateOf(a.values.ClosedOn) ?? modifiedDay(a);
    if (textOf(a.values.Status) === 'Done' && within(closed, since, today)) {
      add(strandOfRow(a), item('Done: ', textOf(a.values.ActionTitle), [personName(a.values.Owner), formatDate(closed)]));
    }
  }
  for (const d of plan.sections.decisions) {
    const decided = dateOf(d.values.DecidedOn) ?? modifiedDay(d);
    if (within(decided, since, today)) add(strandOfRow(d), item('Decided: ', textOf(d.values.DecisionText), [formatDate(decided)]));
  }
  for (const c of plan.sections.concernsRaised) {
    const resolved = dateOf(c.values.ResolvedOn);
    if (c.values.Resolved === true && within(resolved, since, today)) {
      add(3, item('Concern resolved: ', textOf(c.values.Concern), [textOf(c.values.Community), resolved && formatDate(resolved)]));
    }
  }
  return happened;
}

/** Risks and issues: concerns not resolved, and actions past their due date. */
function risksAndIssues(plan: Plan, today: IsoDate): string[] {
  const concerns = plan.sections.concernsRaised
    .filter(isUnresolved)
    .map((c) => item('Unresolved concern: ', textOf(c.values.Concern), [textOf(c.values.Community), textOf(c.values.Month)]));
  const overdue = plan.sections.actions
    .filter((a) => isOverdue(a, today))
    .map((a) => item('Overdue action: ', textOf(a.values.ActionTitle), [personName(a.values.Owner), `due ${formatDate(dateOf(a.values.DueDate) ?? today)}`]));
  return [...concerns, ...overdue];
}

/**
 * A progress note for a council committee, in the shape such notes take: to whom, date and
 * subject; purpose; recommendation; background; per strand what has happened since a date;
 * next steps (the open actions); the CEM's name. Names only — no emails: it is a public paper.
 */
export function progressNoteOutline(plan: Plan, options: ProgressNoteOptions): Outline {
  const { today, since } = options;
  const v = plan.header.values;
  const council = textOf(v.CouncilName) ?? plan.header.key;
  const census = textOf(v.Census) ?? 'census';
  const sinceText = formatDate(since);
  const progress = planProgress(plan, today);
  const happened = happenedByStrand(plan, since, today);
  const meetings = plan.sections.meetings.map((m) => dateOf(m.values.MeetingDate)).filter((d): d is IsoDate => within(d, since, today));
  const signOff = progress.signOff;
  const signedText = signOff.signed
    ? `The plan was signed off${signOff.signedOn ? ` on ${formatDate(signOff.signedOn)}` : ''} by the council’s liaison managers.`
    : 'The plan has not yet been signed off by the council’s liaison managers.';
  const blocks: Block[] = [
    { kind: 'paragraph', label: 'To', text: options.committee ?? DEFAULT_COMMITTEE },
    { kind: 'paragraph', label: 'Date', text: formatDate(today) },
    { kind: 'paragraph', label: 'Subject', text: `${census} partnership with ${council}: progress note` },
    { kind: 'heading', level: 1, text: '1 Purpose of the note' },
    { kind: 'numbered', number: '1.1', text: `To update the Committee on the ${census} partnership between ${council} and the census engagement team since ${sinceText}.` },
    { kind: 'heading', level: 1, text: '2 Recommendation' },
    { kind: 'numbered', number: '2.1', text: 'That the Committee notes the progress of the partnership and identifies any other ways in which the council can help.' },
    { kind: 'heading', level: 1, text: '3 Information/background' },
    {
      kind: 'numbered',
      number: '3.1',
      text: 'The council and the census engagement manager (CEM) record their joint work in a Local Authority Partnership Plan (LAPP), organised in eight strands of partnership activity, each ranked high, medium or low priority for the area.',
    },
    { kind: 'numbered', number: '3.2', text: signedText },
    {
      kind: 'numbered',
      number: '3.3',
      text: meetings.length > 0
        ? `Since ${sinceText} the partners have met ${TIMES[meetings.length] ?? `${meetings.length} times`} (${meetings.sort().map(formatDate).join(', ')}).`
        : `The partners have not met since ${sinceText}.`,
    },
    { kind: 'heading', level: 1, text: `4 The strands and what has happened since ${sinceText}` },
  ];
  const strandBlocks = (number: string, title: string, items: readonly string[]): Block[] => [
    { kind: 'numbered', number, text: title },
    items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: `Nothing recorded since ${sinceText}.` },
  ];
  progress.strands.forEach((s, i) => {
    const priority = s.priority ? `${s.priority.toLowerCase()} priority` : 'not ranked';
    blocks.push(...strandBlocks(`4.${i + 1}`, `${s.name} (${priority})`, happened.get(s.strand) ?? []));
  });
  const other = happened.get(undefined) ?? [];
  if (other.length > 0) blocks.push(...strandBlocks(`4.${STRANDS.length + 1}`, 'Other partnership work', other));
  const risks = risksAndIssues(plan, today);
  blocks.push(
    { kind: 'heading', level: 1, text: '5 Risks and issues' },
    risks.length > 0 ? { kind: 'bullets', items: risks } : { kind: 'paragraph', text: 'No concerns are unresolved and no action is overdue.' },
  );
  blocks.push({ kind: 'heading', level: 1, text: '6 Next steps' });
  const open = plan.sections.actions
    .filter(isOpen)
    .sort((a, b) => (dateOf(a.values.DueDate) ?? '9999').localeCompare(dateOf(b.values.DueDate) ?? '9999'));
  open.forEach((a, i) => {
    const due = dateOf(a.values.DueDate);
    const text = item('', textOf(a.values.ActionTitle), [personName(a.values.Owner), due && `due ${formatDate(due)}`]);
    blocks.push({ kind: 'numbered', number: `6.${i + 1}`, text });
  });
  if (open.length === 0) blocks.push({ kind: 'numbered', number: '6.1', text: 'There are no open actions.' });
  const cem = personName(v.Cem);
  blocks.push({ kind: 'paragraph', text: cem || 'The census engagement manager' }, { kind: 'paragraph', text: 'Census engagement manager' });
  return { title: `${census} partnership with ${council}: progress note`, blocks };
}
