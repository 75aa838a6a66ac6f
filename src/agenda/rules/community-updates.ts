import { dateOf, textOf } from '../../plan/read-values';
import { dayOf } from '../format';
import { updatesMinutes } from '../minutes';
import { counted, date, say, type AgendaValue } from '../text';
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
  const names: AgendaValue[] =
    communities.length > COMMUNITIES_NAMED
      ? [...communities.slice(0, COMMUNITIES_NAMED), { message: counted('agenda.count.more', communities.length - COMMUNITIES_NAMED) }]
      : communities;
  const updates = { message: counted('agenda.count.updates', sorted.length) };
  const named = names.length > 0 ? { names: { list: names } } : undefined;
  return [
    {
      id: 'updates',
      kind: 'updates',
      title: say('agenda.title.updates', { count: sorted.length }),
      reason: since
        ? say(named ? 'agenda.reason.updates.sinceNamed' : 'agenda.reason.updates.since', { updates, date: date(since), ...named })
        : say(named ? 'agenda.reason.updates.firstNamed' : 'agenda.reason.updates.first', { updates, ...named }),
      minutes: updatesMinutes(sorted.length),
      rows: sorted.map(refOf),
      strand: 3,
      flagged: false,
    },
  ];
}
