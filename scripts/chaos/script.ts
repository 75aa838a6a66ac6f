import { ACTION_STATUSES, type RowSectionId } from '../../src/plan';
import type { RowValues } from '../../src/storage/port';
import type { Dice } from './random';

/**
 * The in-call writes of the chaos run: what a CEM and an ACLM type during a fortnightly review —
 * actions, decisions, concerns and (the CEM only) community updates — as creates, updates and
 * deletes, often of the same rows. Deterministic for a given seed.
 */
export type Who = 'cem' | 'aclm';

export type ChaosSection = Extract<RowSectionId, 'actions' | 'decisions' | 'concernsRaised' | 'communityUpdates'>;

/** A row as one participant's screen shows it. */
export interface ViewRow {
  readonly section: ChaosSection;
  readonly key: string;
  /** The storage id, or the outbox's local id while its create has not landed. */
  readonly id: string;
  readonly etag?: string;
}

export type ScriptedWrite =
  | { readonly kind: 'create'; readonly section: ChaosSection; readonly key: string; readonly values: RowValues }
  | { readonly kind: 'update'; readonly target: ViewRow; readonly changes: RowValues }
  | { readonly kind: 'delete'; readonly target: ViewRow };

const COMMUNITIES = ['Riverside tenants', 'Students at the college', 'Kestrel Vale youth club', 'Older people in Fenmouth'];
const OWNERS = ['CEM', 'ACLM', 'CLM'];

function createValues(section: ChaosSection, who: Who, tag: string, dice: Dice): RowValues {
  switch (section) {
    case 'actions':
      return { ActionTitle: `Action ${tag}`, Status: 'Open', Owner: who === 'cem' ? 'CEM' : 'ACLM' };
    case 'decisions':
      return { DecisionText: `Decision ${tag}`, MeetingKey: 'review-2031-03-02' };
    case 'concernsRaised':
      return { Month: 'March 2031', Concern: `Concern ${tag}`, Community: dice.pick(COMMUNITIES) };
    case 'communityUpdates':
      return { UpdateDate: '2031-03-02', Community: dice.pick(COMMUNITIES), Activity: `Update ${tag}` };
  }
}

/** One or two fields, with values no one else writes, so every overlapping edit is a real conflict. */
function updateValues(section: ChaosSection, tag: string, dice: Dice): RowValues {
  const options: Record<ChaosSection, () => RowValues> = {
    actions: (): RowValues => (dice.chance(0.5) ? { Status: dice.pick(ACTION_STATUSES), ActionNotes: `Note ${tag}` } : { Owner: dice.pick(OWNERS) }),
    decisions: () => ({ DecisionText: `Wording ${tag}` }),
    concernsRaised: (): RowValues => (dice.chance(0.5) ? { ActionTaken: `Done ${tag}`, Resolved: dice.chance(0.5) } : { NextSteps: `Next ${tag}` }),
    communityUpdates: () => ({ GoingWell: `Going well ${tag}` }),
  };
  return options[section]();
}

const CREATE_MIX: Record<Who, readonly ChaosSection[]> = {
  cem: ['actions', 'actions', 'decisions', 'concernsRaised', 'communityUpdates'],
  aclm: ['actions', 'actions', 'decisions', 'concernsRaised'],
};

const stepOf = (row: ViewRow) => Number(row.key.slice(row.key.lastIndexOf('-') + 1));

function newest(rows: readonly ViewRow[], count: number): ViewRow[] {
  return [...rows].sort((a, b) => stepOf(b) - stepOf(a)).slice(0, count);
}

/**
 * The participant's next write. `mine` and `theirs` are the rows on their screen that they
 * created and that the other person created; half of all edits go to the other person's rows,
 * and most to the newest few rows, as a meeting works through one item at a time.
 * The ACLM now and then tries to add a community update, which only the CEM may: a 403.
 */
export function nextWrite(dice: Dice, who: Who, step: number, mine: readonly ViewRow[], theirs: readonly ViewRow[]): ScriptedWrite {
  const tag = `${who}-${step}`;
  const editable = (rows: readonly ViewRow[]) => (who === 'aclm' ? rows.filter((r) => r.section !== 'communityUpdates') : rows);
  const targets = dice.chance(0.5) && editable(theirs).length > 0 ? editable(theirs) : editable(mine);
  const roll = dice.next();
  if (who === 'aclm' && roll < 0.03) {
    return { kind: 'create', section: 'communityUpdates', key: tag, values: createValues('communityUpdates', who, tag, dice) };
  }
  if (targets.length < 3 || roll < 0.35) {
    const section = dice.pick(CREATE_MIX[who]);
    return { kind: 'create', section, key: tag, values: createValues(section, who, tag, dice) };
  }
  // Most edits go to the rows being talked about right now: the newest few.
  const target = dice.pick(dice.chance(0.7) ? newest(targets, 6) : targets);
  if (roll < 0.88) return { kind: 'update', target, changes: updateValues(target.section, tag, dice) };
  return { kind: 'delete', target };
}
