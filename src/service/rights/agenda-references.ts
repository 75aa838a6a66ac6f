import { parseSavedAgenda, rowNamedByItemId, rowsNamedByAgenda, SavedAgendaError, type NamedRow } from '../../agenda';
import type { AnyRow, SectionDef } from '../../plan';
import type { RowValues } from '../../storage/port';
import { ApiError } from '../http/api-error';
import type { RowPlanLookup } from './row-plans';

/** The fields that hold an agenda item's id (the meeting's current item, the item a note is about). */
const ITEM_ID_FIELDS: Readonly<Record<string, readonly string[]>> = { meetings: ['CurrentItem'], meetingNotes: ['AgendaItem'] };
/** The field that holds a meeting's agreed agenda, as a saved agenda. */
const SAVED_AGENDA_FIELD = 'AgendaSnapshot';

const refused = (code: string, message: string, section?: string) => new ApiError(400, code, `${message} Nothing was saved.`, section === undefined ? undefined : { section });

function newText(values: RowValues, before: AnyRow | undefined, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value !== '' && before?.values[name] !== value ? value : undefined;
}

/**
 * The plan the row belongs to, if some row of those sections has the key; an offer's key is
 * looked for in each table that records offers until one has it.
 */
async function ownerOf(planOf: RowPlanLookup, row: NamedRow): Promise<string | undefined> {
  for (const section of row.sections) {
    // A plan's header is keyed by its plan id: known without a read, so plan ids cannot be probed.
    if (section === 'plan') return row.key;
    const planId = await planOf(section, row.key);
    if (planId !== undefined) return planId;
  }
  return undefined;
}

/**
 * Refuses an agenda item id (a presence message's, a meeting's current item, a note's item)
 * that names a row of another plan: 400 `rowNotInPlan`. A key no row has yet is let through, as
 * for linked rows (row-links.ts): a row made offline may land after the agenda naming it.
 */
export async function checkAgendaItemId(planOf: RowPlanLookup, planId: string, label: string, itemId: string, section?: string): Promise<void> {
  const named = rowNamedByItemId(itemId);
  if (!named) return;
  const owner = await ownerOf(planOf, named);
  if (owner !== undefined && owner !== planId) {
    throw refused('rowNotInPlan', `${label}: "${itemId}" is about a row of another plan. An agenda names only rows of its own plan.`, section);
  }
}

/**
 * Refuses an agreed agenda (Meetings.AgendaSnapshot) that is not one the app saved (400
 * `invalidAgenda`), that was made for another plan, or whose items name rows of another plan
 * (400 `rowNotInPlan`); and a current item or note's item whose id names such a row. Only new
 * values are checked: a value the row already holds was checked when it was written.
 */
export async function checkAgendaReferences(planOf: RowPlanLookup, planId: string, section: SectionDef, values: RowValues, before?: AnyRow): Promise<void> {
  for (const name of ITEM_ID_FIELDS[section.id] ?? []) {
    const itemId = newText(values, before, name);
    if (itemId !== undefined) await checkAgendaItemId(planOf, planId, section.fields.find((f) => f.name === name)?.label ?? name, itemId, section.id);
  }
  const saved = section.id === 'meetings' ? newText(values, before, SAVED_AGENDA_FIELD) : undefined;
  if (saved === undefined) return;
  let agenda;
  try {
    agenda = parseSavedAgenda(saved);
  } catch (error) {
    if (error instanceof SavedAgendaError) throw refused('invalidAgenda', `Agreed agenda: ${error.message}`, section.id);
    throw error;
  }
  if (agenda.planId !== planId) throw refused('rowNotInPlan', 'Agreed agenda: it is the agenda of another plan.', section.id);
  for (const row of rowsNamedByAgenda(agenda)) {
    const owner = await ownerOf(planOf, row);
    if (owner !== undefined && owner !== planId) {
      throw refused('rowNotInPlan', `Agreed agenda: "${row.key}" is a row of another plan. An agenda names only rows of its own plan.`, section.id);
    }
  }
}
