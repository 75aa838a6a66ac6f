import { STRANDS, strandChoice, strandFromChoice, type FieldDef, type SectionDef } from '../plan';
import { normalise } from './text-match';

/**
 * What the Word template does that the schema cannot say: its guidance lines, how it writes
 * ticks and "to be confirmed", and the shape of the community priorities grid. Everything else
 * (which table is which, which column is which field) comes from the schema's `templateTitle`
 * and `heading ?? label`, so a new column is one edit there.
 */

/** "To add another row right click…": the template's hint under every table, sometimes split by tabs. */
export function isAddRowHint(text: string): boolean {
  return /add\s*anot?h?\s*n?er\s*row/i.test(text.replace(/\t/g, ''));
}

/** The checklists' first line under the heading row ("Has the local authority:"): a label, not an item. */
export function isChecklistLead(section: SectionDef, cells: readonly string[]): boolean {
  const [first, ...rest] = cells;
  return (
    section.shape === 'checklist' &&
    /^has the (local authority|council)\b/.test(normalise(first ?? '')) &&
    rest.every((c) => c.trim() === '')
  );
}

/** Cells holding only underscores, dashes or dots are the template's blank placeholders. */
export function isPlaceholder(cell: string): boolean {
  return /^[\s_\-–.…]*$/.test(cell);
}

/** Word's text layouts write formatting as inline marks; they are formatting, not content. */
export function stripInlineFormatting(text: string): string {
  return text.replace(/<\/?(?:u|b|i|em|strong)>/gi, '').replace(/\*\*(.+?)\*\*/g, '$1');
}

/** The template's tick boxes as exported (TRUE/FALSE) or typed (yes/no, ticks). */
const TRUE_WORDS = new Set(['yes', 'y', 'true', '✓', '✔', '✔️', '☑', '☒', '🗸', 'x', 'ticked', 'tick', 'done']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '☐', '✗', '✘', 'not yet']);

/** true / false for a tick or yes/no cell, undefined when it is neither. */
export function readTick(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase().replace(/[.!]$/, '');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** '2031-03-23' → '23/03/2031', the way the template's people write dates. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "H", "M", "L": how councils rank in a crowded grid. */
export function priorityLetter(cell: string): string | undefined {
  return ({ h: 'High', m: 'Medium', l: 'Low' } as Record<string, string>)[cell.trim().toLowerCase().replace(/\.$/, '')];
}

/** How a ticked grid cell is written in an exported document (and read back). */
export const TICK_MARK = '✓';

/** "TBC", "TBA", "to be confirmed": a date or answer still open. */
export function isToBeConfirmed(cell: string): boolean {
  return /^(tbc|tba|to be (confirmed|arranged|agreed))\.?$/i.test(cell.trim());
}

/**
 * The template calls the council "LA" (local authority); the schema's choices say "Council".
 * Applied to both sides before comparing a cell with a choice.
 */
export function choiceWords(text: string): string {
  return normalise(text).replace(/\b(la|local authority)\b/g, 'council');
}

/** "Date needed" can hold a span; its end goes to the companion field the template has no column for. */
export const RANGE_END_FIELD: Readonly<Record<string, string>> = { NeededFrom: 'NeededUntil' };

/** Where a "TBC" date leaves its mark when the row has a confirmation choice that is still empty. */
export const CONFIRMATION_FIELD = 'Confirmed';

/** The template writes strands by their full name; the schema stores "1 Address register". */
export function strandChoiceFor(cell: string): string | undefined {
  const text = normalise(cell);
  const byChoice = strandFromChoice(cell.trim());
  if (byChoice !== undefined) return strandChoice(byChoice);
  const strand = STRANDS.find((s) => normalise(s.name) === text || normalise(s.short) === text);
  return strand ? strandChoice(strand.id) : undefined;
}

/** How the exported document writes a strand choice: the template's full strand name. */
export function strandNameFor(choice: string): string {
  const id = strandFromChoice(choice);
  return STRANDS.find((s) => s.id === id)?.name ?? choice;
}

/** Whether a choice field holds strands (its choices are the strand choices). */
export function isStrandField(f: FieldDef): boolean {
  return f.kind === 'choice' && (f.choices ?? []).length > 0 && (f.choices ?? []).every((c) => strandFromChoice(c) !== undefined);
}

/**
 * The community priorities grid: channel group in the first column (one name per group, often
 * spread over several lines or merged down), the channel in the second, one column per community
 * after that. Each group ends with an "Other (insert…)" line for the council to fill in.
 */
export const MATRIX_LAYOUT = {
  groupColumn: 0,
  channelColumn: 1,
  firstCommunityColumn: 2,
  groupField: 'ChannelGroup',
  /** Its heading ("Engagement") heads the channel column, which is how the grid is recognised. */
  channelField: 'Channel',
  communityField: 'Community',
  /** The field the grid's cells hold. */
  valueField: 'Priority',
  isOtherRow: (channel: string): boolean => /^other\s*\(insert/i.test(channel.trim()),
} as const;
