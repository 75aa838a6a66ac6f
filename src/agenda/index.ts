/**
 * The agenda engine: pure functions from a plan to the fortnightly meeting's agenda, its edits,
 * the saved agenda and the closing record. No I/O; imports only the plan schema.
 */
export * from './types';
export * from './errors';
export { createAgendaEngine, proposeAgenda, type AgendaEngine, type ProposeAgendaInput } from './propose';
export { daysApart, findPreviousMeeting, liveMeeting, meetingsToHold, nextMeetingFrom, SAME_MEETING_DAYS } from './meetings';
export { editAgenda, type AgendaEdit } from './edit';
export { diffAgendas, isSameAgenda, type AgendaDiff } from './diff';
export { saveAgenda, parseSavedAgenda, type SavedAgenda } from './saved-agenda';
export { closeMeeting, type ActionUpdate, type CloseMeetingInput, type ClosedMeeting } from './close-meeting';
export { decisionValues, raisedActionValues, type MeetingDecision, type RaisedAction } from './record-values';
export { minutesText, recapText, type ActionOutcome, type MeetingRecords, type MeetingSummary } from './recap';
export { campaignStage, meetingCadence, phasesDueBy, proposeNextMeetingDate, STAGE_LABELS, type MeetingCadence } from './milestones';
export { offerColumnsOf } from './rules/offers';
export { decideNow, FLAG_AFTER_CARRIES } from './carry';
export { checkTargetMinutes, DEFAULT_TARGET_MINUTES, fitToTarget, MAX_TARGET_MINUTES } from './fit';
export { AGENDA_MESSAGES, AGENDA_PLURALS, verbatimOf, type AgendaMessage, type AgendaMessageId, type AgendaPluralId, type AgendaText, type AgendaValue } from './text';
export { OFFER_SECTIONS, rowItemId, rowNamedByItemId, rowsNamedByAgenda, type NamedRow, type RowItemKind } from './item-rows';
