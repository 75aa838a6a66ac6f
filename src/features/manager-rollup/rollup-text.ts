import { dayText, type Translate } from '../../i18n';
import type { IsoDate } from '../../plan';
import type { RollupRow } from './rollup-rows';

/** The words for a plan's sign-off: "Signed 12 Mar 2031", "Changed since signed", "Awaiting CLM", "Awaiting ACLM and CLM". */
export function signOffText(row: RollupRow, t: Translate): string {
  const { signOff } = row;
  if (row.signOffStatus === 'changed-since-signed') return t('manager.signOff.changed');
  if (signOff.signed) return signOff.signedOn ? t('manager.signOff.signedOn', { date: dayText(t, signOff.signedOn) }) : t('manager.signOff.signed');
  const who = signOff.missing.length === 2 ? 'both' : (signOff.missing[0] ?? 'both');
  return t('manager.signOff.awaiting', { who: t(`manager.signOff.${who}`) });
}

/** A date for a grid cell, or "None". */
export function dateText(date: IsoDate | null, t: Translate): string {
  return date ? dayText(t, date) : t('manager.none');
}

/** The next meeting planned, or the day one falls due at the plan's cadence, or "None". */
export function nextMeetingText(row: RollupRow, t: Translate): string {
  if (row.nextMeeting) return dayText(t, row.nextMeeting);
  return row.meetingDueByCadence ? t('manager.dueByCadence', { date: dayText(t, row.meetingDueByCadence) }) : t('manager.none');
}

/** The strands ranked High, or "None". */
export function highStrandsText(row: RollupRow, t: Translate): string {
  return row.highStrands.length ? row.highStrands.map((s) => t.schema(s)).join(', ') : t('manager.none');
}
