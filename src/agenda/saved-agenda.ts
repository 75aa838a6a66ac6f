import { z } from 'zod';
import { isIsoDate, isSectionId, MULTI_LINE_MAX, type StrandId } from '../plan';
import { SavedAgendaError } from './errors';
import { counted } from './text';
import { agendaTextSchema } from './text-schema';
import { CAMPAIGN_STAGES, ITEM_KINDS, type Agenda, type AgendaItem } from './types';

/**
 * The agreed agenda is kept with its meeting, as JSON in the Meetings row's AgendaSnapshot
 * column: one multi-line SharePoint cell, so at most 63,999 characters. An agenda that big is
 * already unworkable, so rather than split it across cells the saved agenda keeps items in agenda
 * order until the cell is full, keeps at most ROWS_KEPT row links per item, and records what it
 * left out so the meeting record says so.
 */
const SAVED_AGENDA_VERSION = 1;
const ROWS_KEPT = 20;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a date in the form YYYY-MM-DD' });
const minutes = z.number().int().min(0);

const itemSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ITEM_KINDS),
  title: agendaTextSchema,
  reason: agendaTextSchema,
  minutes,
  rows: z.array(
    z.object({
      section: z.string().refine(isSectionId, { message: 'is not a section of the plan' }),
      key: z.string(),
      id: z.string(),
    }),
  ),
  rowsOmitted: z.number().int().positive().optional(),
  strand: z.number().int().min(1).max(8).optional(),
  owner: z.string().optional(),
  due: isoDate.optional(),
  carried: z.object({ firstOn: isoDate, times: z.number().int().positive() }).optional(),
  flagged: z.boolean(),
  custom: z.boolean().optional(),
});

const savedAgendaSchema = z.object({
  v: z.literal(SAVED_AGENDA_VERSION),
  planId: z.string().min(1),
  meetingDate: isoDate,
  nextMeetingDate: isoDate,
  phase: z.enum(CAMPAIGN_STAGES),
  previousMeetingDate: isoDate.optional(),
  totalMinutes: minutes,
  omitted: z.object({ items: z.number().int().min(0), minutes }),
  targetMinutes: z.number().int().positive().optional(),
  items: z.array(itemSchema),
  later: z.array(itemSchema).optional(),
});

/** An agenda read back from a meeting, with what had to be left out when it was saved. */
export interface SavedAgenda extends Agenda {
  readonly omitted: { readonly items: number; readonly minutes: number };
}

function savedItem(item: AgendaItem): AgendaItem {
  if (item.rows.length <= ROWS_KEPT) return item;
  return { ...item, rows: item.rows.slice(0, ROWS_KEPT), rowsOmitted: (item.rowsOmitted ?? 0) + item.rows.length - ROWS_KEPT };
}

function envelope(agenda: Agenda, keptMinutes: number, omittedItems: number): string {
  return JSON.stringify({
    v: SAVED_AGENDA_VERSION,
    planId: agenda.planId,
    meetingDate: agenda.meetingDate,
    nextMeetingDate: agenda.nextMeetingDate,
    phase: agenda.phase,
    ...(agenda.previousMeetingDate && { previousMeetingDate: agenda.previousMeetingDate }),
    totalMinutes: keptMinutes,
    omitted: { items: omittedItems, minutes: agenda.totalMinutes - keptMinutes },
    ...(agenda.targetMinutes !== undefined && { targetMinutes: agenda.targetMinutes }),
  });
}

/** Items as JSON while they fit in `room` characters (each followed by a comma), and the room they used. */
function itemsThatFit(items: readonly AgendaItem[], room: number): { json: string[]; used: number; minutes: number } {
  const json: string[] = [];
  let used = 0;
  let minutes = 0;
  for (const item of items) {
    const text = JSON.stringify(savedItem(item));
    if (used + text.length + 1 > room) break;
    json.push(text);
    used += text.length + 1;
    minutes += item.minutes;
  }
  return { json, used, minutes };
}

/**
 * The agenda as compact JSON for Meetings.AgendaSnapshot, trimmed to fit one cell if it must be.
 * The items proposed for later go in the room the agreed items leave: they are what the next
 * meeting counts as carried, and not part of the agenda itself, so they are the first left out.
 */
export function saveAgenda(agenda: Agenda): string {
  // The envelope with its counts at their largest possible values bounds the room left for items.
  const widest = envelope(agenda, agenda.totalMinutes, agenda.items.length).length + ',"items":[],"later":[]'.length;
  const room = MULTI_LINE_MAX - widest;
  const kept = itemsThatFit(agenda.items, room);
  const later = itemsThatFit(agenda.later ?? [], room - kept.used);
  const head = envelope(agenda, kept.minutes, agenda.items.length - kept.json.length);
  const laterJson = later.json.length > 0 ? `,"later":[${later.json.join(',')}]` : '';
  return `${head.slice(0, -1)},"items":[${kept.json.join(',')}]${laterJson}}`;
}

function savedAgendaItem({ strand, ...item }: z.infer<typeof itemSchema>): AgendaItem {
  return { ...item, ...(strand !== undefined && { strand: strand as StrandId }) };
}

/** Reads an agenda saved by saveAgenda; a clear SavedAgendaError if it is not one. */
export function parseSavedAgenda(json: string): SavedAgenda {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new SavedAgendaError('The saved agenda is not valid JSON, so it cannot be read.');
  }
  const parsed = savedAgendaSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    throw new SavedAgendaError(`The saved agenda is not in the expected form${where}: ${issue?.message ?? 'unknown problem'}.`);
  }
  const { v: _version, omitted, items, later, ...rest } = parsed.data;
  const notes =
    omitted.items > 0
      ? [[counted('agenda.note.leftOut', omitted.items, { minutes: { message: counted('agenda.count.minutes', omitted.minutes) } })]]
      : [];
  return {
    ...rest,
    items: items.map(savedAgendaItem),
    later: (later ?? []).map(savedAgendaItem),
    omitted,
    notes,
  };
}
