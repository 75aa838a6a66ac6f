import { AgendaInputError } from './errors';
import { say } from './text';
import type { AgendaItem } from './types';

/** How long a fortnightly review is planned to take unless its meeting says otherwise. */
export const DEFAULT_TARGET_MINUTES = 45;

/** The longest meeting a target may plan for (eight hours): anything more is a typing slip. */
export const MAX_TARGET_MINUTES = 480;

/** A target length checked: a whole number of minutes from 1 to MAX_TARGET_MINUTES. */
export function checkTargetMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TARGET_MINUTES) {
    throw new AgendaInputError(say('agenda.error.targetMinutes', { max: MAX_TARGET_MINUTES }));
  }
  return minutes;
}

/** The items a meeting of `targetMinutes` takes, and the ones proposed for the meeting after it. */
export interface FittedItems {
  readonly items: AgendaItem[];
  readonly later: AgendaItem[];
}

/**
 * The agenda that fits the meeting: items in agenda order, each kept while the time so far plus
 * its own stays within the target; one that does not fit is proposed for next time, and a
 * shorter item after it may still fit. An item flagged "decide now" always stays: putting it off
 * again is what the flag is there to stop. The people preparing the meeting can bring any item
 * back (editAgenda's 'bring-back').
 */
export function fitToTarget(items: readonly AgendaItem[], targetMinutes: number): FittedItems {
  const kept: AgendaItem[] = [];
  const later: AgendaItem[] = [];
  let used = 0;
  for (const item of items) {
    if (item.flagged || used + item.minutes <= targetMinutes) {
      kept.push(item);
      used += item.minutes;
    } else {
      later.push(item);
    }
  }
  return { items: kept, later };
}
