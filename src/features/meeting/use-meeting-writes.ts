import { useMemo } from 'react';
import { saveAgenda, type Agenda, type AgendaItem, type RowRef } from '../../agenda';
import type { ActionStatus, CampaignPhase, Row } from '../../plan';
import { textOf } from '../../plan/read-values';
import { StepNotTakenError } from '../../storage/errors';
import { useCurrentPlan } from '../../lib/plan-context';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useMeeting } from './meeting-context';
import { recordSectionId, recordValues, type RecordKind } from './meeting-records';
import {
  actionDetailChanges,
  actionStatusChanges,
  checklistTickChanges,
  meetingChanges,
  newMeetingValues,
  offerConfirmedChanges,
  offerRedatedChanges,
  resolvedConcernChanges,
  type MeetingInfo,
} from './meeting-values';

/**
 * Everything the side panel records, written to the plan at once (optimistically, through the
 * plan's session: shown straight away, saved in order, undone with a notice if refused). Values
 * are checked first, so a ValidationError reaches the form before anything is sent.
 */
export interface MeetingWrites {
  /** Saves the agenda as agreed, creating the meeting's row (Planned) if it has none yet. */
  agreeAgenda(agenda: Agenda): void;
  goTo(item: AgendaItem): void;
  /** Adds a record (decision, action, concern, update, note) as a row of its own, about the item. */
  record(kind: RecordKind, item: AgendaItem, entered: Readonly<Record<string, unknown>>, about?: RowRef): void;
  setActionStatus(action: Row<'actions'>, status: ActionStatus): void;
  setActionDetails(action: Row<'actions'>, changes: { owner?: string; dueDate?: string }): void;
  resolveConcern(concern: Row<'concernsRaised'>): void;
  /** An offer the item is about: confirmed, given a new date, or dropped from the plan. */
  confirmOffer(offer: RowRef): void;
  redateOffer(offer: RowRef, date: string): void;
  dropOffer(offer: RowRef): void;
  /** A media checklist gap ticked (or unticked) for a phase. */
  tickChecklist(item: RowRef, phase: CampaignPhase, ticked: boolean): void;
}

export function useMeetingWrites(): MeetingWrites {
  const { createRow, updateRow, deleteRow } = useCurrentPlan();
  const { key, row, info, teamsMeetingId } = useMeeting();
  const say = useAgendaText();

  return useMemo(() => {
    const meeting = (): MeetingInfo => {
      if (!info) throw new StepNotTakenError('meetingNotAgreed', 'The meeting has no row yet: agree its agenda first.');
      return info;
    };
    return {
      agreeAgenda: (agenda) => {
        const values = {
          MeetingDate: agenda.meetingDate,
          AgendaSnapshot: saveAgenda(agenda),
          NextMeetingDate: agenda.nextMeetingDate,
          PlannedMinutes: agenda.targetMinutes ?? null,
        };
        if (row) void updateRow('meetings', key, meetingChanges(values));
        else void createRow('meetings', newMeetingValues({ ...values, Kind: 'Fortnightly review', MeetingStatus: 'Planned', TeamsMeetingId: teamsMeetingId ?? null }), key);
      },
      goTo: (item) => {
        const starting = textOf(row?.values.MeetingStatus) === 'Planned';
        void updateRow('meetings', key, meetingChanges({ CurrentItem: item.id, ...(starting && { MeetingStatus: 'Live', StartedAt: new Date().toISOString() }) }));
      },
      record: (kind, item, entered, about) => void createRow(recordSectionId(kind), recordValues(kind, meeting(), { id: item.id, title: say(item.title) }, entered, about)),
      setActionStatus: (action, status) => void updateRow('actions', action.key, actionStatusChanges(meeting(), status)),
      setActionDetails: (action, changes) => void updateRow('actions', action.key, actionDetailChanges(changes)),
      resolveConcern: (concern) => void updateRow('concernsRaised', concern.key, resolvedConcernChanges(meeting())),
      confirmOffer: (offer) => void updateRow(offer.section, offer.key, offerConfirmedChanges(offer.section)),
      redateOffer: (offer, date) => void updateRow(offer.section, offer.key, offerRedatedChanges(offer.section, date)),
      dropOffer: (offer) => void deleteRow(offer.section, offer.key),
      tickChecklist: (item, phase, ticked) => void updateRow(item.section, item.key, checklistTickChanges(item.section, phase, ticked)),
    };
  }, [createRow, updateRow, deleteRow, key, row, info, teamsMeetingId, say]);
}
