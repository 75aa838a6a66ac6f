import { isUnresolved } from '../../plan/progress';
import { textOf } from '../../plan/read-values';
import { clip } from '../format';
import { MINUTES } from '../minutes';
import type { AgendaItem } from '../types';
import { refOf, type RuleContext } from './context';

/** Every concern the council raised that is not resolved, in the plan's order (then row key). */
export function concernItems({ plan }: RuleContext): AgendaItem[] {
  const open = plan.sections.concernsRaised
    .filter(isUnresolved)
    .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return open.map((concern) => {
    const community = textOf(concern.values.Community);
    const month = textOf(concern.values.Month);
    return {
      id: `concern:${concern.key}`,
      kind: 'concern',
      title: `Concern${community ? ` (${community})` : ''}: ${clip(textOf(concern.values.Concern) ?? 'not described', 120)}`,
      reason: month
        ? `Raised by the council in ${month} and not yet resolved.`
        : 'Raised by the council and not yet resolved.',
      minutes: MINUTES.concern,
      rows: [refOf(concern)],
      strand: 3,
      flagged: false,
    };
  });
}
