import { strandOf } from '../../plan/progress';
import type { FieldValue, IsoDate, Row, StrandId } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { say, verbatim, type AgendaText } from '../text';
import type { AgendaItem, RowRef } from '../types';
import { refOf, sortDay, type SortKey } from './context';
import { rowItemId } from '../item-rows';

type Action = Row<'actions'>;

/** What the agenda reads from any action: which meeting raised it. */
interface Raised {
  /** RaisedInMeeting as stored (validation trims text, so it compares with a meeting key as it is). */
  readonly raisedIn: FieldValue | undefined;
}

/** A Done or Dropped action: enough to tell whether it was closed since the last meeting. */
export interface ClosedActionFacts extends Raised {
  readonly open: false;
  readonly row: Action;
  readonly closedIn: FieldValue | undefined;
  readonly closedOn: IsoDate | null;
}

/** An open action: its place in the agenda's order and all its item shows that does not depend on the meeting. */
export interface OpenActionFacts extends Raised, SortKey {
  readonly open: true;
  readonly inProgress: boolean;
  /** The action's title as written, or "Untitled action" in the reader's language. */
  readonly titleText: AgendaText;
  /** The item's id, 'action:<rowKey>'. */
  readonly id: string;
  readonly ref: RowRef;
  readonly strand: StrandId | undefined;
  /** The owner's display name (never the email). */
  readonly owner: string | undefined;
  /**
   * The item last made from these facts and the meeting it was made for (see actionItems): kept
   * here rather than in a map, so finding it again costs nothing.
   */
  item: AgendaItem | undefined;
  itemMeeting: object | undefined;
}

export type ActionFacts = OpenActionFacts | ClosedActionFacts;

/** A Done or Dropped action's facts. */
export function closedFacts(action: Action): ClosedActionFacts {
  const { values } = action;
  return { open: false, raisedIn: values.RaisedInMeeting, row: action, closedIn: values.ClosedInMeeting, closedOn: dateOf(values.ClosedOn) };
}

/** An open action's facts; `ownerName` turns stored owner text into a display name. */
export function openFacts(action: Action, ownerName: (owner: string) => string): OpenActionFacts {
  const { values, key } = action;
  const date = dateOf(values.DueDate);
  const ownTitle = textOf(values.ActionTitle);
  // The sort key: an untitled action sorts as English "Untitled action" in every language, so the order does not depend on the reader.
  const label = ownTitle ?? 'Untitled action';
  const owner = textOf(values.Owner);
  return {
    open: true,
    raisedIn: values.RaisedInMeeting,
    date,
    label,
    key,
    day: sortDay(date),
    title: label.toLowerCase(),
    inProgress: values.Status === 'In progress',
    titleText: ownTitle === null ? say('agenda.title.untitledAction') : verbatim(ownTitle),
    id: rowItemId('action', key),
    ref: refOf(action),
    strand: strandOf(values.Strand),
    owner: owner === null ? undefined : ownerName(owner),
    item: undefined,
    itemMeeting: undefined,
  };
}
