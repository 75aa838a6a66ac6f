import { STRANDS, formatDate, type IsoDate, type Plan, type StrandId } from '../../plan';
import { isOpen, planProgress } from '../../plan/progress';
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

/** Per strand: actions done, decisions taken and concerns resolved since the date. */
function happenedByStrand(plan: Plan, since: IsoDate, today: IsoDate): Map<StrandId | undefined, string[]> {
  const happened = new Map<StrandId | undefined, string[]>();
  const add = (strand: StrandId | undefined, text: string): void => {
    happened.set(strand, [...(happened.get(strand) ?? []), text]);
  };
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
    const resolved = dateOf(c.values.ResolvedOn) ?? modifiedDay(c);
    if (c.values.Resolved === true && within(resolved, since, today)) {
      add(3, item('Concern resolved: ', textOf(c.values.Concern), [textOf(c.values.Community), formatDate(resolved)]));
    }
  }
  return happened;
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
  blocks.push({ kind: 'heading', level: 1, text: '5 Next steps' });
  const open = plan.sections.actions
    .filter(isOpen)
    .sort((a, b) => (dateOf(a.values.DueDate) ?? '9999').localeCompare(dateOf(b.values.DueDate) ?? '9999'));
  open.forEach((a, i) => {
    const due = dateOf(a.values.DueDate);
    const text = item('', textOf(a.values.ActionTitle), [personName(a.values.Owner), due && `due ${formatDate(due)}`]);
    blocks.push({ kind: 'numbered', number: `5.${i + 1}`, text });
  });
  if (open.length === 0) blocks.push({ kind: 'numbered', number: '5.1', text: 'There are no open actions.' });
  const cem = personName(v.Cem);
  blocks.push({ kind: 'paragraph', text: cem || 'The census engagement manager' }, { kind: 'paragraph', text: 'Census engagement manager' });
  return { title: `${census} partnership with ${council}: progress note`, blocks };
}
