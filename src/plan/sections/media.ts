import { field } from '../field';
import { section } from '../section';

/** The three national campaign phases, in order. */
export const CAMPAIGN_PHASES = ['Announce', 'Address', 'ActNow'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

/** One tick per campaign phase and the next steps: shared by both checklists. */
const checklistFields = [
  field.text('Item', 'Has the council…', { required: true }),
  field.yesNo('Announce', 'Announce'),
  field.yesNo('Address', 'Address'),
  field.yesNo('ActNow', 'Act Now', { heading: 'Act Now' }),
  field.text('NextSteps', 'Next steps or actions', { heading: 'Next steps/actions' }),
];

const shared = { page: 'media', strand: 7 } as const;

export const supportChecklist = section({
  ...shared,
  id: 'supportChecklist',
  list: 'LAPP Support Checklist',
  title: 'Support checklist',
  templateTitle: 'Support checklist:',
  shape: 'checklist',
  help: 'Proposed ways to support census messaging, ticked per campaign phase.',
  councilEdits: true,
  labelField: 'Item',
  fields: checklistFields,
});

export const socialMediaChecklist = section({
  ...shared,
  id: 'socialMediaChecklist',
  list: 'LAPP Social Media Checklist',
  title: 'Social media checklist',
  templateTitle: 'Social media checklist',
  shape: 'checklist',
  help: 'How the council uses its own social media for census messages, ticked per campaign phase.',
  councilEdits: true,
  labelField: 'Item',
  fields: checklistFields,
});

export const mediaTimescales = section({
  ...shared,
  id: 'mediaTimescales',
  list: 'LAPP Media Timescales',
  title: 'Media timescales',
  templateTitle: 'Timescales - Lead in time and Media Type',
  shape: 'table',
  help: 'Lead-in time the council needs for each kind of media.',
  councilEdits: true,
  labelField: 'Campaign',
  fields: [
    field.text('Campaign', 'Campaign', { required: true, heading: 'Timescales - Lead in time and Media Type' }),
    field.text('SocialMedia', 'Social media'),
    field.text('Articles', 'Articles'),
    field.text('Interviews', 'Interviews'),
  ],
});

export const pressOffice = section({
  ...shared,
  id: 'pressOffice',
  list: 'LAPP Press Office',
  title: 'Press office contact',
  templateTitle: 'Press Office Contact',
  shape: 'table',
  help: 'Who the ONS press office should contact at the council.',
  councilEdits: true,
  labelField: 'ContactName',
  fields: [
    field.text('ContactName', 'Name', { required: true, columnTitle: 'Contact name' }),
    field.text('Position', 'Role or position', { heading: 'Role/position' }),
    field.phone('Phone', 'Contact number', { heading: 'Contact number' }),
    field.email('Email', 'Email'),
  ],
});

export const bespokeCommunications = section({
  ...shared,
  id: 'bespokeCommunications',
  list: 'LAPP Bespoke Communications',
  title: 'Bespoke communications log',
  templateTitle: 'Bespoke Communications Log',
  shape: 'table',
  help: 'How the council supports census messaging with its own articles and social media.',
  councilEdits: true,
  labelField: 'Detail',
  fields: [
    field.note('Detail', 'Detail of bespoke communications', { required: true }),
    field.url('Link', 'Link', { heading: 'Link / evidence' }),
    field.text('Evidence', 'Evidence'),
    ...field.writtenDate('PublishedOn', 'Date published or shared', { heading: 'Date published / shared' }),
    field.note('Notes', 'Notes and actions', { heading: 'Notes/Actions' }),
  ],
});

export const suggestedChannels = section({
  ...shared,
  id: 'suggestedChannels',
  list: 'LAPP Suggested Channels',
  title: 'Suggested channels and contacts',
  templateTitle: 'Suggested Channels and Contacts',
  shape: 'table',
  help: 'The best contacts for the CEM when engaging with local media.',
  councilEdits: true,
  labelField: 'Channel',
  fields: [
    field.text('Channel', 'Name of suggested channel', { required: true }),
    field.note('Justification', 'Justification'),
    field.text('ContactDetails', 'Contact details'),
    field.text('ActionTaken', 'Action taken'),
  ],
});
