import { signOffState, type SignOff } from '../../plan/sign-off';
import { ROW_SECTIONS, type IsoDate, type ValuesOf } from '../../plan';
import { dateOf } from '../../plan/read-values';
import { dayOf } from '../format';
import { MINUTES } from '../minutes';
import { counted, date, say, type AgendaText, type AgendaValue } from '../text';
import type { AgendaItem, RowRef } from '../types';
import { refOf, type RuleContext } from './context';

/**
 * The sections that make up the plan as signed: every template page. Meeting records (actions,
 * decisions, meetings, saved versions) change at every meeting by design, so counting them as
 * "plan changes" would only add noise.
 */
const PLAN_SECTIONS = ROW_SECTIONS.filter((s) => s.page !== 'meetings');

const SIGNERS = { aclm: 'ACLM', clm: 'CLM' } as const;

/** Sections named one by one in the reason; the rest are counted together to keep it readable. */
const SECTIONS_NAMED = 5;

function changeSummary(perSection: readonly { title: string; rows: number }[]): AgendaValue {
  const named: AgendaValue[] = perSection
    .slice(0, SECTIONS_NAMED)
    .map((s) => ({ message: { id: 'agenda.part.sectionRows', values: { section: { schema: s.title }, count: s.rows } } }));
  const rest = perSection.slice(SECTIONS_NAMED);
  if (rest.length === 0) return { list: named };
  const restRows = rest.reduce((sum, s) => sum + s.rows, 0);
  return { list: [...named, { message: counted('agenda.count.otherSections', rest.length, { rows: restRows }) }] };
}

/** When the plan was last signed or shared, whichever is later (a tie counts as signed). */
function baseline(signOff: SignOff, header: ValuesOf<'plan'>): { date: IsoDate; verb: 'signed' | 'shared' } | undefined {
  const signedDates = [signOff.aclm?.on, signOff.clm?.on].filter((d): d is IsoDate => Boolean(d)).sort();
  const signedOn = signedDates.at(-1);
  const sharedOn = dateOf(header.LastSharedOn) ?? undefined;
  if (signedOn && (!sharedOn || signedOn >= sharedOn)) return { date: signedOn, verb: 'signed' };
  return sharedOn ? { date: sharedOn, verb: 'shared' } : undefined;
}

/**
 * Plan changes since it was last signed or shared (one item, counted per section in template
 * order), then the missing signatures. A plan never signed nor shared gets only the second: every
 * row would be a "change".
 */
export function planItems({ plan }: RuleContext): AgendaItem[] {
  const header = plan.header.values;
  const signOff = signOffState(header);
  const items: AgendaItem[] = [];
  const since = baseline(signOff, header);
  if (since) {
    const rows: RowRef[] = [];
    const perSection: { title: string; rows: number }[] = [];
    for (const section of PLAN_SECTIONS) {
      const changed = plan.sections[section.id].filter((row) => dayOf(row.modified) > since.date);
      if (changed.length === 0) continue;
      perSection.push({ title: section.title, rows: changed.length });
      for (const row of changed) rows.push(refOf(row));
    }
    if (rows.length > 0) {
      items.push({
        id: 'plan:changes',
        kind: 'plan-changes',
        title: say(`agenda.title.planChanges.${since.verb}`, { count: rows.length }),
        reason: say(`agenda.reason.planChanges.${since.verb}`, { date: date(since.date), sections: changeSummary(perSection) }),
        minutes: MINUTES['plan-changes'],
        rows,
        flagged: false,
      });
    }
  }
  if (!signOff.signed) items.push(unsignedItem(signOff, refOf(plan.header)));
  return items;
}

function unsignedItem(signOff: SignOff, header: RowRef): AgendaItem {
  const [first, second] = signOff.missing.map((who) => SIGNERS[who]);
  const missing: AgendaText = second ? say('agenda.reason.unsignedByBoth', { first: first!, second }) : say('agenda.reason.unsignedBy', { who: first ?? '' });
  const signedAlready = signOff.required
    .filter((who) => !signOff.missing.includes(who))
    .flatMap((who) => {
      const on = signOff[who]?.on;
      return on ? say('agenda.reason.signedByOn', { who: SIGNERS[who], date: date(on) }) : say('agenda.reason.signedBy', { who: SIGNERS[who] });
    });
  return {
    id: 'plan:unsigned',
    kind: 'plan-unsigned',
    title: say('agenda.title.unsigned'),
    reason: [...missing, ...signedAlready],
    minutes: MINUTES['plan-unsigned'],
    rows: [header],
    flagged: false,
  };
}
