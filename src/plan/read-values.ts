import { toIsoDate, type IsoDate } from './dates';
import type { FieldValue } from './field';

/**
 * Reading stored values with their kind checked. Row values are typed by field name only
 * loosely (a string-keyed record), so code that needs "a date or nothing" asks for it here
 * instead of trusting a cast.
 */

/** Stored dates are already 'YYYY-MM-DD'; this cheap shape check spares a regex per row on big plans. */
function looksLikeIsoDate(value: string): boolean {
  return value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45;
}

/** Trimmed text, or null when empty or not text. */
export function textOf(value: FieldValue | undefined): string | null {
  if (typeof value !== 'string' || value === '') return null;
  // Stored text is already trimmed by validation: skip the copy when both ends are visible.
  if (value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
  const text = value.trim();
  return text === '' ? null : text;
}

/**
 * A 'YYYY-MM-DD' date, or null when empty or unreadable. Stored dates are already in that form;
 * an instant (as SharePoint can send) is normalised the way dates.ts does it.
 */
export function dateOf(value: FieldValue | undefined): IsoDate | null {
  if (typeof value !== 'string' || value === '') return null;
  if (looksLikeIsoDate(value)) return value;
  try {
    return toIsoDate(value);
  } catch {
    return null;
  }
}

/** A finite number, or null. */
export function numberOf(value: FieldValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
