import type { AgendaMessageId, AgendaPluralId, AgendaText, AgendaValue } from '../agenda/text';
import type { MessageKey, PluralBase, Translate } from './catalogue';
import type { MessageParams } from './format';
import { joinList } from './locale-format';
import { paramsOf, plainValueText } from './message-values';

// Every message the agenda engine uses is in the catalogues: a new id without its text fails to compile.
type Missing<T, Known> = T extends Known ? never : T;
const everyIdIsAKey: [Missing<AgendaMessageId, MessageKey>, Missing<AgendaPluralId, PluralBase>] extends [never, never] ? true : never = true;
void everyIdIsAKey;

/** What the agenda says (a title, a reason, a note) in the reader's language: its sentences joined by a space. */
export function agendaText(t: Translate, text: AgendaText): string {
  return text.map((part) => ('text' in part ? part.text : render(t, part))).join(' ');
}

function render(t: Translate, part: Exclude<AgendaText[number], { text: string }>): string {
  const params = paramsOf(part.values, (value) => valueText(t, value));
  return 'count' in part ? t.plural(part.id, part.count, params) : (t as (key: MessageKey, params: MessageParams) => string)(part.id, params);
}

function valueText(t: Translate, value: AgendaValue): string {
  if (typeof value === 'object' && 'message' in value) return render(t, value.message);
  if (typeof value === 'object' && 'list' in value) return joinList(t, value.list.map((item) => valueText(t, item)));
  return plainValueText(t, value);
}
