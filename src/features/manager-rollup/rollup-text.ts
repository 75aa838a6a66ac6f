import type { Translate } from '../../i18n';
import { formatDate, type IsoDate } from '../../plan';
import type { RollupRow } from './rollup-rows';

/** The words for a plan's sign-off: "Signed 12 Mar 2031", "Awaiting CLM", "Awaiting ACLM and CLM". */
export function signOffText(row: RollupRow, t: Translate): string {
  const { signOff } = row;
  if (signOff.signed) return signOff.signedOn ? t('manager.signOff.signedOn', { date: formatDate(signOff.signedOn) }) : t('manager.signOff.signed');
  const who = signOff.missing.length === 2 ? 'both' : (signOff.missing[0] ?? 'both');
  return t('manager.signOff.awaiting', { who: t(`manager.signOff.${who}`) });
}

/** A date for a grid cell, or "None". */
export function dateText(date: IsoDate | null, t: Translate): string {
  return date ? formatDate(date) : t('manager.none');
}

/** The strands ranked High, or "None". */
export function highStrandsText(row: RollupRow, t: Translate): string {
  return row.highStrands.length ? row.highStrands.map((s) => t.schema(s)).join(', ') : t('manager.none');
}
