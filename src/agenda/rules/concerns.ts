import { isUnresolved } from '../../plan/progress';
import { textOf } from '../../plan/read-values';
import { clip } from '../format';
import { MINUTES } from '../minutes';
import { message, say } from '../text';
import type { AgendaItem } from '../types';
import { refOf, type RuleContext } from './context';
import { rowItemId } from '../item-rows';

/** Every concern the council raised that is not resolved, in the plan's order (then row key). */
export function concernItems({ plan }: RuleContext): AgendaItem[] {
  const open = plan.sections.concernsRaised
    .filter(isUnresolved)
    .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return open.map((concern) => {
    const community = textOf(concern.values.Community);
    const month = textOf(concern.values.Month);
    const text = textOf(concern.values.Concern);
    const described = text === null ? { message: message('agenda.title.notDescribed') } : clip(text, 120);
    return {
      id: rowItemId('concern', concern.key),
      kind: 'concern',
      title: community ? say('agenda.title.concernIn', { community, concern: described }) : say('agenda.title.concern', { concern: described }),
      reason: month ? say('agenda.reason.concernInMonth', { month }) : say('agenda.reason.concern'),
      minutes: MINUTES.concern,
      rows: [refOf(concern)],
      strand: 3,
      flagged: false,
    };
  });
}
