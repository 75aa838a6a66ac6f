import { field } from '../field';
import { section } from '../section';
import { STRAND_CHOICES } from '../strands';

export const ACTION_STATUSES = ['Open', 'In progress', 'Done', 'Dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MEETING_STATUSES = ['Planned', 'Live', 'Closed'] as const;

/** Where a row came from: the section id and the row's key ("keyContacts/…"). */
const linkedSection = field.text('LinkedSection', 'Linked section');
const linkedRow = field.text('LinkedRowKey', 'Linked row', { rowIn: 'LinkedSection' });

export const actions = section({
  id: 'actions',
  list: 'LAPP Actions',
  title: 'Actions',
  templateTitle: 'Actions',
  page: 'meetings',
  shape: 'table',
  help: 'Who does what by when. Raised from any row of the plan, in a meeting or by hand.',
  councilEdits: true,
  labelField: 'ActionTitle',
  fields: [
    field.text('ActionTitle', 'Action', { required: true, inMeeting: true }),
    field.choice('Strand', 'Strand', STRAND_CHOICES, { inMeeting: true }),
    field.person('Owner', 'Owner', { help: 'A person ("Name <email>") or a role such as ACLM.', inMeeting: true }),
    field.date('DueDate', 'Due', { indexed: true, inMeeting: true }),
    field.choice('Status', 'Status', ACTION_STATUSES, { required: true, indexed: true }),
    linkedSection,
    linkedRow,
    field.text('RaisedInMeeting', 'Raised in meeting', { refersTo: 'meetings' }),
    field.text('ClosedInMeeting', 'Closed in meeting', { refersTo: 'meetings' }),
    field.date('ClosedOn', 'Closed on'),
    field.note('ActionNotes', 'Notes'),
  ],
});

export const decisions = section({
  id: 'decisions',
  list: 'LAPP Decisions',
  title: 'Decisions',
  templateTitle: 'Decisions',
  page: 'meetings',
  shape: 'table',
  councilEdits: true,
  labelField: 'DecisionText',
  fields: [
    field.note('DecisionText', 'Decision', { required: true, inMeeting: true }),
    field.text('MeetingKey', 'Meeting', { indexed: true, refersTo: 'meetings' }),
    field.date('DecidedOn', 'Decided on'),
    field.choice('Strand', 'Strand', STRAND_CHOICES, { inMeeting: true }),
    linkedSection,
    linkedRow,
  ],
});

export const meetings = section({
  id: 'meetings',
  list: 'LAPP Meetings',
  title: 'Meetings',
  templateTitle: 'Meetings',
  page: 'meetings',
  shape: 'table',
  councilEdits: true,
  labelField: 'MeetingDate',
  fields: [
    field.date('MeetingDate', 'Date', { required: true, indexed: true }),
    field.choice('Kind', 'Kind of meeting', ['Fortnightly review', 'Introductory', 'Ad hoc']),
    field.note('Attendees', 'Attendees'),
    field.text('TeamsMeetingId', 'Teams meeting', { indexed: true }),
    field.choice('MeetingStatus', 'Status', MEETING_STATUSES),
    field.note('AgendaSnapshot', 'Agreed agenda', { help: 'The agenda as agreed, kept with the meeting.' }),
    field.text('CurrentItem', 'Current agenda item'),
    field.number('PlannedMinutes', 'Planned length (minutes)', { help: 'How long the meeting is planned to take; items that do not fit are proposed for the next one.' }),
    field.text('StartedAt', 'Started at', { help: 'When the meeting moved to its first item (UTC, ISO 8601), for the time used.' }),
    field.note('Minutes', 'Minutes'),
    field.note('Summary', 'Summary', { help: 'A few sentences on what the meeting agreed, written before it closes.' }),
    field.date('NextMeetingDate', 'Next meeting'),
  ],
});

/**
 * Notes taken during a meeting, one row each: two people writing at once each add a row, so
 * neither can overwrite the other (a shared text field could only keep one of them).
 */
export const meetingNotes = section({
  id: 'meetingNotes',
  list: 'LAPP Meeting Notes',
  title: 'Meeting notes',
  templateTitle: 'Meeting notes',
  page: 'meetings',
  shape: 'table',
  councilEdits: true,
  labelField: 'Note',
  fields: [
    field.note('Note', 'Note', { required: true, inMeeting: true }),
    field.text('MeetingKey', 'Meeting', { required: true, indexed: true, refersTo: 'meetings' }),
    field.text('AgendaItem', 'Agenda item'),
    field.text('AgendaItemTitle', 'About'),
  ],
});

/**
 * Signed and shared versions of the plan. A plan can outgrow one multi-line cell (63,999
 * characters), so a snapshot is split into numbered parts.
 */
export const snapshots = section({
  id: 'snapshots',
  list: 'LAPP Snapshots',
  title: 'Signed and shared versions',
  templateTitle: 'Snapshots',
  page: 'meetings',
  shape: 'table',
  councilEdits: true,
  labelField: 'SnapshotKey',
  fields: [
    field.text('SnapshotKey', 'Version', { required: true, indexed: true, columnTitle: 'Snapshot version' }),
    field.choice('Reason', 'Reason', ['Signed', 'Shared']),
    field.number('Part', 'Part'),
    field.number('Parts', 'Parts'),
    field.note('Content', 'Content'),
  ],
});
