import { field } from '../field';
import { section } from '../section';

export const communityUpdates = section({
  id: 'communityUpdates',
  list: 'LAPP Community Updates',
  title: 'Community updates',
  templateTitle: 'Community Updates',
  page: 'communityUpdates',
  strand: 3,
  shape: 'table',
  help: 'Short updates from the CEM on engagement with each group, added before each meeting.',
  councilEdits: false,
  labelField: 'Community',
  fields: [
    ...field.writtenDate('UpdateDate', 'Date', { required: true }),
    field.text('Community', 'Community', { required: true, inMeeting: true }),
    field.note('Activity', 'Engagement activity update', { heading: 'Engagement activity update including', inMeeting: true }),
    field.note('GoingWell', 'What is going well'),
    field.note('Challenges', 'What challenges there are', { heading: 'What challenges are there' }),
    field.note('Suggestions', 'Suggestions'),
    field.text('RaisedInMeeting', 'Given at meeting', { refersTo: 'meetings' }),
  ],
});

export const concernsRaised = section({
  id: 'concernsRaised',
  list: 'LAPP Concerns Raised',
  title: 'Concerns raised by the council',
  templateTitle: 'Concerns raised by LA',
  page: 'communityUpdates',
  strand: 3,
  shape: 'table',
  help: 'Concerns or areas needing action raised by the council, with what was done to resolve or mitigate them.',
  councilEdits: true,
  labelField: 'Concern',
  fields: [
    field.text('Month', 'Month', { required: true, help: 'The month the concern was raised, for example "March 2031".' }),
    field.text('Community', 'Community or group', { heading: 'Community/Group', inMeeting: true }),
    field.note('Concern', 'Concern raised', { required: true, inMeeting: true }),
    field.note('ActionTaken', 'Action taken'),
    field.note('NextSteps', 'Next steps'),
    field.yesNo('Resolved', 'Resolved', { heading: 'Resolved?', indexed: true }),
    field.date('ResolvedOn', 'Resolved on'),
    field.text('RaisedInMeeting', 'Raised at meeting', { refersTo: 'meetings' }),
  ],
});
