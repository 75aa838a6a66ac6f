import type { AnyRow, SectionDef } from '../../plan';
import type { RowValues } from '../../storage/port';
import { ApiError } from '../http/api-error';
import type { RowPlanLookup } from './row-plans';

/**
 * The meeting keys a write puts into fields that point at a meeting (`refersTo: 'meetings'` in
 * the schema): only values that are new, since a value the row already holds was checked when
 * it was written.
 */
function meetingKeysWritten(section: SectionDef, values: RowValues, before?: AnyRow): { label: string; key: string }[] {
  return section.fields.flatMap((f) => {
    const key = values[f.name];
    if (f.refersTo !== 'meetings' || typeof key !== 'string' || key === '' || before?.values[f.name] === key) return [];
    return [{ label: f.label, key }];
  });
}

/**
 * Refuses a row that points at a meeting of another plan ("raised in", "closed in", the meeting
 * a decision or note was recorded in): rows of one plan never name another plan's meetings.
 * A key no meeting row has yet is let through: a meeting made offline may reach SharePoint after
 * the rows recorded in it (the outbox sends different rows side by side), and such a key belongs
 * to no other plan.
 */
export async function checkMeetingReferences(planOf: RowPlanLookup, planId: string, section: SectionDef, values: RowValues, before?: AnyRow): Promise<void> {
  for (const { label, key } of meetingKeysWritten(section, values, before)) {
    const owner = await planOf('meetings', key);
    if (owner !== undefined && owner !== planId) {
      throw new ApiError(400, 'meetingNotInPlan', `${label}: "${key}" is not a meeting of this plan. A row can only point at one of its own plan's meetings; nothing was saved.`, {
        section: section.id,
      });
    }
  }
}
