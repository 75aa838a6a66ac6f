import { dateOf, textOf } from '../../plan/read-values';
import { count, day, dayOf, listing } from '../format';
import { updatesMinutes } from '../minutes';
import type { AgendaItem } from '../types';
import { refOf, sortedValues, sortEntry, type RuleContext } from './context';

const COMMUNITIES_NAMED = 5;

/**
 * One item for the community updates added since the previous meeting: dated after it, or
 * written after it (an update may be back-dated to the day of the activity). At a first meeting
 * every update is new. Rows go by update date, then community, then row key.
 */
export function communityUpdateItems({ plan, previous }: RuleContext): AgendaItem[] {
  const since = previous?.date;
  const fresh = plan.sections.communityUpdates
    .filter((u) => since === undefined || (dateOf(u.values.UpdateDate) ?? '') > since || dayOf(u.created) > since)
    .map((u) => sortEntry(u, dateOf(u.values.UpdateDate), textOf(u.values.Community) ?? '', u.key));
  if (fresh.length === 0) return [];
  const sorted = sortedValues(fresh);
  const communities = [...new Set(sorted.flatMap((u) => textOf(u.values.Community) ?? []))];
  const named =
    communities.length > COMMUNITIES_NAMED
      ? `${communities.slice(0, COMMUNITIES_NAMED).join(', ')} and ${communities.length - COMMUNITIES_NAMED} more`
      : listing(communities);
  const what = count(sorted.length, 'community update');
  return [
    {
      id: 'updates',
      kind: 'updates',
      title: `Community updates (${sorted.length})`,
      reason: `${since ? `${what} added since the last meeting on ${day(since)}` : `${what} to go through at this first meeting`}${named ? `: ${named}` : ''}.`,
      minutes: updatesMinutes(sorted.length),
      rows: sorted.map(refOf),
      strand: 3,
      flagged: false,
    },
  ];
}
