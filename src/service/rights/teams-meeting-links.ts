import type { AnyRow, SectionDef } from '../../plan';
import type { RowValues } from '../../storage/port';
import { ApiError } from '../http/api-error';

/** The meeting rows, of any plan, that hold a Teams meeting's thread id (`19:meeting_…`). */
export type TeamsMeetingHolders = (teamsMeetingId: string) => Promise<readonly AnyRow[]>;

/** The meetings field holding the Teams meeting a planned meeting is held in. */
export const TEAMS_MEETING_FIELD = 'TeamsMeetingId';

/** The Teams meeting a write links a meeting row to, when the row did not hold it already. */
export function teamsMeetingLinked(section: SectionDef, values: RowValues, before?: AnyRow): string | undefined {
  if (section.id !== 'meetings') return undefined;
  const id = values[TEAMS_MEETING_FIELD];
  return typeof id === 'string' && id !== '' && before?.values[TEAMS_MEETING_FIELD] !== id ? id : undefined;
}

/**
 * Refuses linking a Teams meeting that a meeting of another plan holds: the side panel and stage
 * open the plan their Teams meeting is linked to, so a second plan's link would hand one council's
 * meeting to another. The answer names nothing of the other plan: the caller may not be allowed
 * to know which council met there. A Teams meeting the caller's own plan already holds is
 * linked again freely (the same meeting opened twice, a retried write).
 *
 * Who holds a Teams meeting is read each time, not remembered: unlike a row's plan, a link can
 * be undone (a meeting re-linked or deleted, in the app or in SharePoint). It is read once per
 * new link, which a meeting makes once.
 */
export async function checkTeamsMeetingLink(holders: TeamsMeetingHolders, planId: string, teamsMeetingId: string): Promise<void> {
  if (await heldElsewhere(holders, planId, teamsMeetingId)) throw linkedElsewhere();
}

/** Whether a meeting of a plan other than `planId` holds the Teams meeting. */
export async function heldElsewhere(holders: TeamsMeetingHolders, planId: string, teamsMeetingId: string): Promise<boolean> {
  return (await holders(teamsMeetingId)).some((row) => row.planId !== planId);
}

export function linkedElsewhere(): ApiError {
  return new ApiError(
    409,
    'teamsMeetingLinkedElsewhere',
    'This Teams meeting is already linked to a meeting of another plan, so it cannot be linked to this one. Nothing was saved. Hold this plan\'s meeting in a Teams meeting of its own.',
    { section: 'meetings' },
  );
}

/**
 * Work for one key at a time in this process: two plans linking the same Teams meeting at once
 * cannot both find it free. Instances of a scaled-out service share no memory, so a link is also
 * looked at again once written (see PlanService).
 */
export class OneAtATime {
  private readonly last = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const mine = (this.last.get(key) ?? Promise.resolve()).then(work);
    const settled = mine.catch(() => undefined);
    this.last.set(key, settled);
    try {
      return await mine;
    } finally {
      if (this.last.get(key) === settled) this.last.delete(key);
    }
  }
}
