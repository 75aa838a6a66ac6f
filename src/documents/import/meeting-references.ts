import { validateValues, type AnyRow, type FieldValue, type Plan, type SectionDef, type ValidatedValues } from '../../plan';
import { readDateCell, type YearHint } from './date-cell';
import { say, schema, type ImportMessage } from './import-messages';

export interface ResolvedReferences {
  readonly values: ValidatedValues;
  readonly notes: readonly ImportMessage[];
}

/** The plan's meeting held on a day: the first in the plan's order when two share it. */
function meetingOn(plan: Plan | undefined, iso: string): AnyRow | undefined {
  return [...(plan?.sections.meetings ?? [])].sort((a, b) => a.order - b.order).find((m) => m.values.MeetingDate === iso);
}

/**
 * A document names a meeting by its date (the export writes it so); the plan stores the meeting's
 * key. A date is read back to the meeting this plan held that day, a key of this plan's own is
 * kept, and anything else is left empty with a note: a key or date that names no meeting of this
 * plan would point nowhere (and the plan service refuses another plan's meeting).
 */
export function resolveMeetingReferences(section: SectionDef, values: ValidatedValues, plan: Plan | undefined, hint: YearHint | null): ResolvedReferences {
  const fields = section.fields.filter((f) => f.refersTo === 'meetings');
  const changed: Record<string, FieldValue> = {};
  const notes: ImportMessage[] = [];
  for (const f of fields) {
    const text = values[f.name];
    if (typeof text !== 'string' || text === '') continue;
    if (plan?.sections.meetings.some((m) => m.key === text)) continue;
    const read = readDateCell(text, hint);
    const meeting = read.kind === 'date' ? meetingOn(plan, read.iso) : undefined;
    changed[f.name] = meeting?.key ?? null;
    if (!meeting) notes.push(say('import.note.noSuchMeeting', { label: schema(f.label), text }));
  }
  if (Object.keys(changed).length === 0) return { values, notes };
  return { values: validateValues(section, { ...values, ...changed }), notes };
}
