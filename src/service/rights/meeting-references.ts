import type { AnyRow, SectionDef } from '../../plan';
import type { RowValues } from '../../storage/port';
import { ApiError } from '../http/api-error';

/** Finds the plan a meeting row belongs to; undefined when there is no such row. */
export type MeetingPlanLookup = (meetingKey: string) => Promise<string | undefined>;

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
export async function checkMeetingReferences(planOf: MeetingPlanLookup, planId: string, section: SectionDef, values: RowValues, before?: AnyRow): Promise<void> {
  for (const { label, key } of meetingKeysWritten(section, values, before)) {
    const owner = await planOf(key);
    if (owner !== undefined && owner !== planId) {
      throw new ApiError(400, 'meetingNotInPlan', `${label}: "${key}" is not a meeting of this plan. A row can only point at one of its own plan's meetings; nothing was saved.`, {
        section: section.id,
      });
    }
  }
}

const REMEMBERED_MEETINGS = 10_000;

/**
 * Each meeting's plan, remembered once known: a row's plan never changes (PlanId can never be
 * cleared or moved) and keys are unique, so a meeting's plan read once stays true, and the
 * decisions and notes of a meeting cost one read between them, not one each. Meetings this
 * service makes are known without a read.
 */
export class MeetingPlans {
  private readonly known = new Map<string, string>();

  constructor(private readonly find: MeetingPlanLookup) {}

  /** The plan of the meeting with this key; undefined while there is no such meeting. */
  readonly planOf: MeetingPlanLookup = async (key) => {
    const held = this.known.get(key);
    if (held !== undefined) return held;
    const planId = await this.find(key);
    if (planId !== undefined) this.learn(key, planId);
    return planId;
  };

  learn(key: string, planId: string): void {
    if (this.known.size >= REMEMBERED_MEETINGS) this.known.delete(this.known.keys().next().value!);
    this.known.set(key, planId);
  }
}
