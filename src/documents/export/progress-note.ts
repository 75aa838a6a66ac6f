import type { Translate } from '../../i18n/catalogue';
import { formatDay } from '../../i18n/locale-format';
import { ROW_SECTIONS, STRANDS, type AnyRow, type FieldDef, type IsoDate, type Plan, type RowSectionId, type SectionDef, type StrandId } from '../../plan';
import { isOpen, isOverdue, isUnresolved, planProgress } from '../../plan/progress';
import { dateOf, textOf } from '../../plan/read-values';
import { personName } from './cell-text';
import type { Block, Outline } from './outline';
import { modifiedDay, strandOfRow, within } from './plan-facts';

export interface ProgressNoteOptions {
  readonly today: IsoDate;
  /** What has happened is counted from this day. */
  readonly since: IsoDate;
  /** Who the note is for. */
  readonly committee?: string;
}

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
function datedWorkItem(t: Translate, section: SectionDef, row: AnyRow, day: IsoDate): string {
  const label = textOf(row.values[section.labelField]) ?? '';
  const confirmed = textOf(row.values.Confirmed);
  const detail = section.fields.find((f) => f.kind === 'note' && f.name !== section.labelField && textOf(row.values[f.name]) !== null);
  const extra = detail ? textOf(row.values[detail.name]) : null;
  const what = label.replace(/[.!?]+$/, '');
  return item(t('document.note.label', { label: t.schema(section.title) }), extra && extra !== label ? `${what} — ${extra}` : what, [
    confirmed === 'Yes' ? t('document.note.confirmed') : confirmed === 'TBC' ? t('document.note.toBeConfirmed') : null,
    formatDay(day, t.locale),
  ]);
}

/**
 * Per strand, what happened in the period: every dated row of the strand's tables (briefings,
 * community updates, offers and support, media, address work), actions done, decisions taken
 * and concerns resolved. A row counts by the day it records, never by when it was last saved:
 * an imported concern resolved months ago is not news.
 */
function happenedByStrand(t: Translate, plan: Plan, since: IsoDate, today: IsoDate): Map<StrandId | undefined, string[]> {
  const day = (date: IsoDate) => formatDay(date, t.locale);
  const happened = new Map<StrandId | undefined, string[]>();
  const add = (strand: StrandId | undefined, text: string): void => {
    happened.set(strand, [...(happened.get(strand) ?? []), text]);
  };
  for (const section of DATED_WORK) {
    const dateField = section.fields.find((f) => f.kind === 'date') as FieldDef;
    for (const row of plan.sections[section.id as RowSectionId] as readonly AnyRow[]) {
      const day = dateOf(row.values[dateField.name]);
      if (day && within(day, since, today)) add(section.strand, datedWorkItem(t, section, row, day));
    }
  }
  for (const a of plan.sections.actions) {
    const closed = dateOf(a.values.ClosedOn) ?? modifiedDay(a);
    if (textOf(a.values.Status) === 'Done' && within(closed, since, today)) {
      add(strandOfRow(a), item(t('document.note.done'), textOf(a.values.ActionTitle), [personName(a.values.Owner), day(closed)]));
    }
  }
  for (const d of plan.sections.decisions) {
    const decided = dateOf(d.values.DecidedOn) ?? modifiedDay(d);
    if (within(decided, since, today)) add(strandOfRow(d), item(t('document.note.decided'), textOf(d.values.DecisionText), [day(decided)]));
  }
  for (const c of plan.sections.concernsRaised) {
    const resolved = dateOf(c.values.ResolvedOn);
    if (c.values.Resolved === true && within(resolved, since, today)) {
      add(3, item(t('document.note.concernResolved'), textOf(c.values.Concern), [textOf(c.values.Community), resolved && day(resolved)]));
    }
  }
  return happened;
}

/** Risks and issues: concerns not resolved, and actions past their due date. */
function risksAndIssues(t: Translate, plan: Plan, today: IsoDate): string[] {
  const concerns = plan.sections.concernsRaised
    .filter(isUnresolved)
    .map((c) => item(t('document.note.unresolvedConcern'), textOf(c.values.Concern), [textOf(c.values.Community), textOf(c.values.Month)]));
  const overdue = plan.sections.actions
    .filter((a) => isOverdue(a, today))
    .map((a) =>
      item(t('document.note.overdueAction'), textOf(a.values.ActionTitle), [personName(a.values.Owner), t('document.note.due', { date: formatDay(dateOf(a.values.DueDate) ?? today, t.locale) })]),
    );
  return [...concerns, ...overdue];
}

/**
 * A progress note for a council committee, in the shape such notes take: to whom, date and
 * subject; purpose; recommendation; background; per strand what has happened since a date;
 * next steps (the open actions); the CEM's name. Names only — no emails: it is a public paper.
 */
export function progressNoteOutline(plan: Plan, options: ProgressNoteOptions, t: Translate): Outline {
  const { today, since } = options;
  const day = (date: IsoDate) => formatDay(date, t.locale);
  const v = plan.header.values;
  const council = textOf(v.CouncilName) ?? plan.header.key;
  const census = textOf(v.Census) ?? t('document.note.census');
  const sinceText = day(since);
  const progress = planProgress(plan, today);
  const happened = happenedByStrand(t, plan, since, today);
  const meetings = plan.sections.meetings.map((m) => dateOf(m.values.MeetingDate)).filter((d): d is IsoDate => within(d, since, today));
  const signOff = progress.signOff;
  const signedText = !signOff.signed
    ? t('document.note.notSigned')
    : signOff.signedOn
      ? t('document.note.signedOn', { date: day(signOff.signedOn) })
      : t('document.note.signed');
  const subject = t('document.note.subject', { census, council });
  const blocks: Block[] = [
    { kind: 'paragraph', label: t('document.note.to'), text: options.committee ?? t('document.note.defaultCommittee') },
    { kind: 'paragraph', label: t('document.note.date'), text: day(today) },
    { kind: 'paragraph', label: t('document.note.subjectLabel'), text: subject },
    { kind: 'heading', level: 1, text: t('document.note.purposeHeading') },
    { kind: 'numbered', number: '1.1', text: t('document.note.purpose', { census, council, since: sinceText }) },
    { kind: 'heading', level: 1, text: t('document.note.recommendationHeading') },
    { kind: 'numbered', number: '2.1', text: t('document.note.recommendation') },
    { kind: 'heading', level: 1, text: t('document.note.backgroundHeading') },
    { kind: 'numbered', number: '3.1', text: t('document.note.background') },
    { kind: 'numbered', number: '3.2', text: signedText },
    {
      kind: 'numbered',
      number: '3.3',
      text: meetings.length > 0
        ? t.plural('document.note.met', meetings.length, { since: sinceText, dates: meetings.sort().map(day).join(', ') })
        : t('document.note.notMet', { since: sinceText }),
    },
    { kind: 'heading', level: 1, text: t('document.note.strandsHeading', { since: sinceText }) },
  ];
  const strandBlocks = (number: string, title: string, items: readonly string[]): Block[] => [
    { kind: 'numbered', number, text: title },
    items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: t('document.note.nothingSince', { since: sinceText }) },
  ];
  progress.strands.forEach((s, i) => {
    const title = s.priority
      ? t('document.note.strand', { strand: t.schema(s.name), priority: t.schema(s.priority).toLocaleLowerCase(t.locale) })
      : t('document.note.strandUnranked', { strand: t.schema(s.name) });
    blocks.push(...strandBlocks(`4.${i + 1}`, title, happened.get(s.strand) ?? []));
  });
  const other = happened.get(undefined) ?? [];
  if (other.length > 0) blocks.push(...strandBlocks(`4.${STRANDS.length + 1}`, t('document.note.otherWork'), other));
  const risks = risksAndIssues(t, plan, today);
  blocks.push(
    { kind: 'heading', level: 1, text: t('document.note.risksHeading') },
    risks.length > 0 ? { kind: 'bullets', items: risks } : { kind: 'paragraph', text: t('document.note.noRisks') },
  );
  blocks.push({ kind: 'heading', level: 1, text: t('document.note.nextStepsHeading') });
  const open = plan.sections.actions
    .filter(isOpen)
    .sort((a, b) => (dateOf(a.values.DueDate) ?? '9999').localeCompare(dateOf(b.values.DueDate) ?? '9999'));
  open.forEach((a, i) => {
    const due = dateOf(a.values.DueDate);
    const text = item('', textOf(a.values.ActionTitle), [personName(a.values.Owner), due && t('document.note.due', { date: day(due) })]);
    blocks.push({ kind: 'numbered', number: `6.${i + 1}`, text });
  });
  if (open.length === 0) blocks.push({ kind: 'numbered', number: '6.1', text: t('document.note.noOpenActions') });
  const cem = personName(v.Cem);
  blocks.push({ kind: 'paragraph', text: cem || t('document.note.theCem') }, { kind: 'paragraph', text: t('document.note.cemRole') });
  return { title: subject, blocks, lang: t.locale };
}
