import { useMemo } from 'react';
import { snapshotAgenda, type Agenda, type AgendaItem } from '../../agenda';
import type { ActionStatus, Row } from '../../plan';
import { textOf } from '../../plan/read-values';
import { useCurrentPlan } from '../../lib/plan-context';
import { useMeeting } from './meeting-context';
import {
  actionDetailChanges,
  actionStatusChanges,
  appendedNotes,
  communityUpdateValues,
  concernValues,
  decisionValues,
  raisedActionValues,
  resolvedConcernChanges,
  type DecisionInput,
  type MeetingInfo,
  type RaisedActionInput,
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
  recordDecision(input: DecisionInput): void;
  setActionStatus(action: Row<'actions'>, status: ActionStatus): void;
  setActionDetails(action: Row<'actions'>, changes: { owner?: string; dueDate?: string }): void;
  raiseAction(input: RaisedActionInput): void;
  raiseConcern(input: { community?: string; concern: string }): void;
  resolveConcern(concern: Row<'concernsRaised'>): void;
  addCommunityUpdate(input: { community: string; activity: string }): void;
  addNote(item: AgendaItem, note: string): void;
}

export function useMeetingWrites(): MeetingWrites {
  const { createRow, updateRow } = useCurrentPlan();
  const { key, row, info, teamsMeetingId } = useMeeting();

  return useMemo(() => {
    const meeting = (): MeetingInfo => {
      if (!info) throw new Error('The meeting has no record yet: agree its agenda first.');
      return info;
    };
    return {
      agreeAgenda: (agenda) => {
        const values = { MeetingDate: agenda.meetingDate, AgendaSnapshot: snapshotAgenda(agenda), NextMeetingDate: agenda.nextMeetingDate };
        if (row) void updateRow('meetings', key, values);
        else void createRow('meetings', { ...values, Kind: 'Fortnightly review', MeetingStatus: 'Planned', TeamsMeetingId: teamsMeetingId ?? null }, key);
      },
      goTo: (item) => {
        const starting = textOf(row?.values.MeetingStatus) === 'Planned';
        void updateRow('meetings', key, { CurrentItem: item.id, ...(starting && { MeetingStatus: 'Live' }) });
      },
      recordDecision: (input) => void createRow('decisions', decisionValues(meeting(), input)),
      setActionStatus: (action, status) => void updateRow('actions', action.key, actionStatusChanges(meeting(), status)),
      setActionDetails: (action, changes) => void updateRow('actions', action.key, actionDetailChanges(changes)),
      raiseAction: (input) => void createRow('actions', raisedActionValues(meeting(), input)),
      raiseConcern: (input) => void createRow('concernsRaised', concernValues(meeting(), input)),
      resolveConcern: (concern) => void updateRow('concernsRaised', concern.key, resolvedConcernChanges(meeting())),
      addCommunityUpdate: (input) => void createRow('communityUpdates', communityUpdateValues(meeting(), input)),
      addNote: (item, note) => void updateRow('meetings', key, appendedNotes(textOf(row?.values.Minutes), item.title, note)),
    };
  }, [createRow, updateRow, key, row, info, teamsMeetingId]);
}
