import { findPreviousMeeting, nextMeetingFrom, proposeNextMeetingDate } from '../../agenda';
import { signedState } from '../../lib/signed-state';
import { addDays, parsePerson, type IsoDate, type Plan, type Row } from '../../plan';
import { isOverdue, planProgress } from '../../plan/progress';
import { signOffStatus, type SignOff, type SignOffStatus } from '../../plan/sign-off';
import { dateOf, textOf } from '../../plan/read-values';

/** Where a plan stands for the roll-up: the sign-off model's status, or signed and changed since. */
export type RollupSignOffStatus = SignOffStatus | 'changed-since-signed';

/**
 * The managers' roll-up as plain data: one row per council's plan, computed from the plans alone
 * (pure, no I/O), with the same meaning of "open", "overdue", "unresolved" and "signed" as the
 * plan home and the agenda, because all three read src/plan/progress.ts.
 */

export interface OverdueAction {
  readonly title: string;
  readonly strand: string | null;
  readonly owner: string | null;
  readonly due: IsoDate;
  readonly status: string | null;
}

export interface RollupRow {
  readonly planId: string;
  readonly council: string;
  readonly census: string;
  readonly signOff: SignOff;
  /** A signed plan whose content differs from the version signed is "changed-since-signed", not "signed". */
  readonly signOffStatus: RollupSignOffStatus;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly unresolvedConcerns: number;
  /** The latest meeting held (not merely planned) up to today. */
  readonly lastMeeting: IsoDate | null;
  /** The first meeting from today on that is still to be held. */
  readonly nextMeeting: IsoDate | null;
  /**
   * When no meeting is planned: the day the next one falls due at the plan's cadence after the
   * last one held (it may be past: the meeting is then late). Null when a meeting is planned or
   * none was ever held.
   */
  readonly meetingDueByCadence: IsoDate | null;
  /** Short names of the strands the plan ranks High, in strand order. */
  readonly highStrands: readonly string[];
  /** The overdue actions themselves, oldest due first. */
  readonly overdue: readonly OverdueAction[];
}

export interface RollupTotals {
  readonly plans: number;
  readonly signed: number;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly unresolvedConcerns: number;
}

/** The next meeting in the plan's real sequence (see agenda/meetings.ts), from today on. */
function nextMeetingOf(meetings: readonly Row<'meetings'>[], today: IsoDate): IsoDate | null {
  return nextMeetingFrom(meetings, today) ?? null;
}

const ownerName = (owner: string | null): string | null => (owner ? parsePerson(owner).name || owner : null);

function overdueActionsOf(plan: Plan, today: IsoDate): OverdueAction[] {
  return plan.sections.actions
    .filter((action) => isOverdue(action, today))
    .map((action) => ({
      title: textOf(action.values.ActionTitle) ?? '',
      strand: textOf(action.values.Strand),
      // People are shown by name; a role ("ACLM") is its own name.
      owner: ownerName(textOf(action.values.Owner)),
      due: dateOf(action.values.DueDate)!,
      status: textOf(action.values.Status),
    }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title, 'en-GB'));
}

/** One council's line of the roll-up, as of `today`. */
export function rollupRow(plan: Plan, today: IsoDate): RollupRow {
  const progress = planProgress(plan, today);
  const header = plan.header.values;
  const meetings = plan.sections.meetings;
  const last = findPreviousMeeting(meetings, addDays(today, 1));
  const lastDate = last ? dateOf(last.values.MeetingDate) : null;
  const nextMeeting = nextMeetingOf(meetings, today);
  const signed = signOffStatus(progress.signOff);
  const changed = signed !== 'awaiting' && signedState(plan).changes.length > 0;
  return {
    planId: plan.header.key,
    council: textOf(header.CouncilName) ?? plan.header.key,
    census: textOf(header.Census) ?? '',
    signOff: progress.signOff,
    signOffStatus: changed ? 'changed-since-signed' : signed,
    openActions: progress.totals.openActions,
    overdueActions: progress.totals.overdueActions,
    unresolvedConcerns: progress.totals.unresolvedConcerns,
    lastMeeting: lastDate,
    nextMeeting,
    meetingDueByCadence: nextMeeting === null && lastDate !== null ? proposeNextMeetingDate(plan, lastDate) : null,
    highStrands: progress.strands.filter((s) => s.priority === 'High').map((s) => s.short),
    overdue: overdueActionsOf(plan, today),
  };
}

/** Every plan's line, councils A to Z. */
export function rollupRows(plans: readonly Plan[], today: IsoDate): RollupRow[] {
  return plans.map((plan) => rollupRow(plan, today)).sort((a, b) => a.council.localeCompare(b.council, 'en-GB'));
}

/** The figures across every council shown. */
export function rollupTotals(rows: readonly RollupRow[]): RollupTotals {
  return {
    plans: rows.length,
    signed: rows.filter((r) => r.signOffStatus === 'signed').length,
    openActions: rows.reduce((sum, r) => sum + r.openActions, 0),
    overdueActions: rows.reduce((sum, r) => sum + r.overdueActions, 0),
    unresolvedConcerns: rows.reduce((sum, r) => sum + r.unresolvedConcerns, 0),
  };
}
