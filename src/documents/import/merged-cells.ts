import type { FieldDef } from '../../plan';
import { numericDateList } from './date-cell';
import { say, schema, type ImportMessage } from './import-messages';

/**
 * Rows whose cells were run together when the document was flattened: three support centres on
 * one line with three dates and three notes. A cell that repeats one value, or a date cell with
 * several dates, says how many rows there were; every other cell must then split into as many
 * parts, or the row is left whole and reported.
 */
export type SplitResult =
  | { readonly kind: 'single' }
  | { readonly kind: 'split'; readonly parts: readonly ReadonlyMap<FieldDef, string>[] }
  | { readonly kind: 'mismatch'; readonly message: ImportMessage };

/** "Acknowledged Acknowledged Acknowledged" → three times "Acknowledged"; null when not a repetition. */
export function repetition(text: string): string[] | null {
  const words = text.trim().split(/\s+/);
  for (let k = words.length; k >= 2; k -= 1) {
    if (words.length % k !== 0) continue;
    const size = words.length / k;
    const chunks = Array.from({ length: k }, (_, i) => words.slice(i * size, (i + 1) * size).join(' '));
    if (chunks.every((c) => c === chunks[0])) return chunks;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ways a run-together cell comes apart, most certain first. */
const SPLITTERS: readonly ((text: string) => string[] | null)[] = [
  numericDateList,
  repetition,
  (text) => text.split('\n'),
  // "Name (Organisation) Name (Organisation)"
  (text) => {
    const parts = text.split(/(?<=\))\s+(?=\S)/);
    return parts.every((p) => p.endsWith(')')) ? parts : null;
  },
  // "Via social media Via bulletins Via contacts": each part starts with the same word.
  (text) => {
    const first = /^\p{L}{2,}/u.exec(text)?.[0];
    return first ? text.split(new RegExp(`\\s+(?=${escapeRegExp(first)}\\s)`, 'u')) : null;
  },
  (text) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u),
];

function splitInto(text: string, k: number): string[] | null {
  for (const split of SPLITTERS) {
    const parts = split(text)?.map((p) => p.trim());
    if (parts && parts.length === k && parts.every((p) => p !== '')) return parts;
  }
  return null;
}

/** How many rows a cell says were run together, or 1. */
function signal(f: FieldDef, text: string): number {
  if (f.kind === 'date') return numericDateList(text)?.length ?? repetition(text)?.length ?? 1;
  return repetition(text)?.length ?? 1;
}

/** Splits a run-together row where every cell lines up; says why not where one does not. */
export function splitMergedRow(cells: ReadonlyMap<FieldDef, string>): SplitResult {
  const filled = [...cells].filter(([, text]) => text.trim() !== '');
  const counts = [...new Set(filled.map(([f, text]) => signal(f, text)).filter((k) => k > 1))];
  if (counts.length === 0) return { kind: 'single' };
  const described = {
    list: filled.map(([f, text]) => ({ message: say('import.split.count', { label: schema(f.label), count: splitInto(text, Math.max(...counts))?.length ?? 1 }) })),
  };
  if (counts.length > 1) return { kind: 'mismatch', message: say('import.split.disagree', { counts: described }) };
  const k = counts[0] ?? 1;
  const parts: Map<FieldDef, string>[] = Array.from({ length: k }, () => new Map());
  for (const [f, text] of cells) {
    const pieces = text.trim() === '' ? new Array<string>(k).fill('') : splitInto(text, k);
    if (!pieces) {
      return { kind: 'mismatch', message: say('import.split.uneven', { rows: k, label: schema(f.label), counts: described }) };
    }
    pieces.forEach((piece, i) => parts[i]?.set(f, piece));
  }
  return { kind: 'split', parts };
}
