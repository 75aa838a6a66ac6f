import { field } from '../field';
import { section } from '../section';

export const keyContacts = section({
  id: 'keyContacts',
  list: 'LAPP Key Contacts',
  title: 'Key contacts',
  templateTitle: 'Key Contacts',
  page: 'contacts',
  shape: 'table',
  help: 'The relevant and important census contacts for the council.',
  councilEdits: true,
  labelField: 'ContactName',
  fields: [
    field.text('ContactName', 'Name', { required: true, columnTitle: 'Contact name' }),
    field.email('Email', 'Email'),
    field.phone('Phone', 'Phone number', { heading: 'Number' }),
    field.text('Organisation', 'Organisation'),
    field.text('ContactRole', 'Role'),
  ],
});

export const plannedCommunication = section({
  id: 'plannedCommunication',
  list: 'LAPP Planned Communication',
  title: 'Planned communication between partners',
  templateTitle: 'Planned Communication Between Local Partners',
  page: 'contacts',
  shape: 'table',
  help: 'Recurring meetings agreed between the council and the census team, such as a fortnightly CEM and ACLM review of the plan.',
  councilEdits: false,
  labelField: 'Reason',
  fields: [
    field.text('Attendees', 'Attendees', { required: true }),
    field.text('Reason', 'Reason for meeting', { required: true }),
    field.choice('Frequency', 'How often', ['One-off', 'Weekly', 'Fortnightly', 'Monthly', 'As required']),
    field.text('ContactType', 'Type of contact'),
    field.note('Purpose', 'Actions', { help: 'What the meeting is for and what it produces.' }),
  ],
});
