import { SINGLE_LINE_MAX } from '../plan';
import { AgendaInputError } from './errors';
import { MAX_ITEM_MINUTES, MINUTES } from './minutes';
import { say, verbatim } from './text';
import type { Agenda, AgendaItem } from './types';

/** One change the CEM makes to the proposed agenda before the meeting. */
export type AgendaEdit =
  | { readonly type: 'move'; readonly itemId: string; readonly toIndex: number }
  | { readonly type: 'drop'; readonly itemId: string }
  | { readonly type: 'minutes'; readonly itemId: string; readonly minutes: number }
  | { readonly type: 'add'; readonly title: string; readonly reason?: string; readonly minutes?: number; readonly atIndex?: number }
  /** Puts an item off to the next meeting (it joins the items proposed for later). */
  | { readonly type: 'later'; readonly itemId: string }
  /** Brings an item proposed for later back onto the agenda, at the end unless `atIndex` says where. */
  | { readonly type: 'bring-back'; readonly itemId: string; readonly atIndex?: number };

function indexOfItem(agenda: Agenda, itemId: string): number {
  const index = agenda.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new AgendaInputError(say('agenda.error.noItem', { item: itemId }));
  return index;
}

function checkMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ITEM_MINUTES) {
    throw new AgendaInputError(say('agenda.error.itemMinutes', { max: MAX_ITEM_MINUTES }));
  }
  return minutes;
}

function checkIndex(index: number, length: number): number {
  if (!Number.isInteger(index) || index < 0 || index > length) {
    throw new AgendaInputError(say('agenda.error.position', { max: length + 1 }));
  }
  return index;
}

/** Custom items are numbered after the highest number in use, so ids stay unique and predictable. */
function nextCustomId(items: readonly AgendaItem[]): string {
  let highest = 0;
  for (const item of items) {
    const n = /^custom:(\d+)$/.exec(item.id)?.[1];
    if (n !== undefined) highest = Math.max(highest, Number(n));
  }
  return `custom:${highest + 1}`;
}

function customItem(edit: Extract<AgendaEdit, { type: 'add' }>, items: readonly AgendaItem[]): AgendaItem {
  const title = edit.title.replace(/\s+/g, ' ').trim();
  if (title === '') throw new AgendaInputError(say('agenda.error.noTitle'));
  if (title.length > SINGLE_LINE_MAX) throw new AgendaInputError(say('agenda.error.titleLength', { max: SINGLE_LINE_MAX }));
  return {
    id: nextCustomId(items),
    kind: 'custom',
    title: verbatim(title),
    reason: edit.reason?.trim() ? verbatim(edit.reason.trim()) : say('agenda.reason.custom'),
    minutes: checkMinutes(edit.minutes ?? MINUTES.custom),
    rows: [],
    flagged: false,
    custom: true,
  };
}

/** The agenda with one edit applied (a new object; the input is left as it was), total recomputed. */
export function editAgenda(agenda: Agenda, edit: AgendaEdit): Agenda {
  const items = [...agenda.items];
  let later = agenda.later ?? [];
  switch (edit.type) {
    case 'move': {
      const from = indexOfItem(agenda, edit.itemId);
      const [moved] = items.splice(from, 1);
      items.splice(checkIndex(edit.toIndex, items.length), 0, moved!);
      break;
    }
    case 'drop':
      items.splice(indexOfItem(agenda, edit.itemId), 1);
      break;
    case 'minutes': {
      const at = indexOfItem(agenda, edit.itemId);
      items[at] = { ...items[at]!, minutes: checkMinutes(edit.minutes) };
      break;
    }
    case 'add': {
      const item = customItem(edit, items);
      items.splice(checkIndex(edit.atIndex ?? items.length, items.length), 0, item);
      break;
    }
    case 'later': {
      const [put] = items.splice(indexOfItem(agenda, edit.itemId), 1);
      later = [put!, ...later];
      break;
    }
    case 'bring-back': {
      const back = later.find((item) => item.id === edit.itemId);
      if (!back) throw new AgendaInputError(say('agenda.error.notLater', { item: edit.itemId }));
      later = later.filter((item) => item !== back);
      items.splice(checkIndex(edit.atIndex ?? items.length, items.length), 0, back);
      break;
    }
  }
  return { ...agenda, items, ...(agenda.later !== undefined || later.length > 0 ? { later } : {}), totalMinutes: items.reduce((sum, item) => sum + item.minutes, 0) };
}
