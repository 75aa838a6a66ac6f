import { addDays, CAMPAIGN_PHASES, type IsoDate, type Plan, type ValuesOf } from '../plan';
import { dateOf, numberOf, textOf } from '../plan/read-values';
import { nextMeetingFrom } from './meetings';
import type { CampaignStage } from './types';

/**
 * The plan's own calendar: which campaign phase a date falls in and when the partners meet next.
 * Both come from the plan (its census milestones, meetings and planned communication), never
 * from national dates built into the code, because each census and each council sets its own.
 */

const PHASE_START = { Announce: 'AnnounceFrom', Address: 'AddressFrom', ActNow: 'ActNowFrom' } as const;

/** What people call each stage ('ActNow' is stored without the space). */
export const STAGE_LABELS: Record<CampaignStage, string> = {
  Preparation: 'Preparation',
  Announce: 'Announce',
  Address: 'Address',
  ActNow: 'Act Now',
};

/**
 * The campaign stage on `date`: the latest phase whose start date has been reached, or
 * 'Preparation' before the Announce phase (or when the plan sets no phase dates). Act Now
 * carries on past census day, through the follow-up, until the plan is closed.
 */
export function campaignStage(header: ValuesOf<'plan'>, date: IsoDate): CampaignStage {
  for (let i = CAMPAIGN_PHASES.length - 1; i >= 0; i -= 1) {
    const phase = CAMPAIGN_PHASES[i]!;
    const from = dateOf(header[PHASE_START[phase]]);
    if (from !== null && from <= date) return phase;
  }
  return 'Preparation';
}

/** When a stage started, per the plan header (undefined for Preparation or an unset date). */
export function stageStart(header: ValuesOf<'plan'>, stage: CampaignStage): IsoDate | undefined {
  return stage === 'Preparation' ? undefined : (dateOf(header[PHASE_START[stage]]) ?? undefined);
}

/** The phases whose checklist ticks are due by `stage`: the stage itself and every earlier phase. */
export function phasesDueBy(stage: CampaignStage): readonly (typeof CAMPAIGN_PHASES)[number][] {
  return stage === 'Preparation' ? [] : CAMPAIGN_PHASES.slice(0, CAMPAIGN_PHASES.indexOf(stage) + 1);
}

export type MeetingCadence = { readonly days: number } | { readonly months: number };

const FREQUENCY_CADENCE: Readonly<Record<string, MeetingCadence>> = {
  Weekly: { days: 7 },
  Fortnightly: { days: 14 },
  Monthly: { months: 1 },
};

const DEFAULT_CADENCE: MeetingCadence = { days: 14 };

/**
 * How often the partners meet: the header's "Meet every (days)" when set, else the planned
 * communication row for the recurring CEM and ACLM meeting (the first recurring row that names
 * the ACLM, else the first recurring row), else fortnightly as the template suggests.
 */
export function meetingCadence(plan: Plan): MeetingCadence {
  const every = numberOf(plan.header.values.MeetingEveryDays);
  if (every !== null && Number.isInteger(every) && every > 0) return { days: every };
  const recurring = plan.sections.plannedCommunication.flatMap((row) => {
    const cadence = FREQUENCY_CADENCE[textOf(row.values.Frequency) ?? ''];
    return cadence ? [{ cadence, who: `${textOf(row.values.Attendees) ?? ''} ${textOf(row.values.Reason) ?? ''}` }] : [];
  });
  const chosen = recurring.find((r) => /\baclm\b/i.test(r.who)) ?? recurring[0];
  return chosen?.cadence ?? DEFAULT_CADENCE;
}

/** The same day `months` later, or the month's last day when it is shorter (31 Jan → 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The next meeting after one held on `meetingDate`: a meeting the plan already has after it, else
 * one at the plan's cadence.
 */
export function proposeNextMeetingDate(plan: Plan, meetingDate: IsoDate): IsoDate {
  const scheduled = nextMeetingFrom(plan.sections.meetings, addDays(meetingDate, 1));
  if (scheduled) return scheduled;
  const cadence = meetingCadence(plan);
  return 'days' in cadence ? addDays(meetingDate, cadence.days) : addMonths(meetingDate, cadence.months);
}
