import type { AgendaMessageId, AgendaPluralId, AgendaText, AgendaValue, AgendaValues } from '../agenda/text';
import type { MessageKey, PluralBase, Translate } from './catalogue';
import type { MessageParams } from './format';
import { formatDay, joinList } from './locale-format';

// Every message the agenda engine uses is in the catalogues: a new id without its text fails to compile.
type Missing<T, Known> = T extends Known ? never : T;
const everyIdIsAKey: [Missing<AgendaMessageId, MessageKey>, Missing<AgendaPluralId, PluralBase>] extends [never, never] ? true : never = true;
void everyIdIsAKey;

/** What the agenda says (a title, a reason, a note) in the reader's language: its sentences joined by a space. */
export function agendaText(t: Translate, text: AgendaText): string {
  return text.map((part) => ('text' in part ? part.text : render(t, part))).join(' ');
}

function render(t: Translate, part: Exclude<AgendaText[number], { text: string }>): string {
  const params = paramsOf(t, part.values);
  return 'count' in part ? t.plural(part.id, part.count, params) : (t as (key: MessageKey, params: MessageParams) => string)(part.id, params);
}

function paramsOf(t: Translate, values: AgendaValues | undefined): MessageParams {
  if (!values) return {};
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, valueText(t, value)]));
}

function valueText(t: Translate, value: AgendaValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(t.locale);
  if ('date' in value) return formatDay(value.date, t.locale);
  if ('schema' in value) return t.schema(value.schema);
  if ('message' in value) return render(t, value.message);
  return joinList(t, value.list.map((item) => valueText(t, item)));
}
