import { field } from '../field';
import { section } from '../section';

const justification = field.note('Justification', 'Justification or reason', { heading: 'Justification / reason' });

export const onsTopGroups = section({
  id: 'onsTopGroups',
  list: 'LAPP ONS Top Groups',
  title: 'ONS top 10 community groups',
  templateTitle: 'ONS Top 10 Community Groups',
  page: 'communityPlanning',
  strand: 3,
  shape: 'table',
  help: 'The groups ONS suggests for the area; the council says whether it agrees.',
  councilEdits: true,
  labelField: 'Community',
  fields: [
    field.text('Community', 'Community group', { required: true, heading: 'ONS Top 10 Community Groups' }),
    field.yesNo('CouncilAgrees', 'Council agrees', { heading: 'LA agree' }),
    justification,
  ],
});

export const otherGroups = section({
  id: 'otherGroups',
  list: 'LAPP Other Groups',
  title: 'Other groups in the area',
  templateTitle: 'Other groups in the area',
  page: 'communityPlanning',
  strand: 3,
  shape: 'table',
  help: 'Groups the council or the census team know of that ONS did not suggest, and why they matter here.',
  councilEdits: true,
  labelField: 'Community',
  fields: [
    field.text('Community', 'Community group', { required: true, heading: 'Other groups in the area' }),
    field.choice('ProposedBy', 'Proposed by', ['CEM', 'ACLM', 'CLM', 'Council'], { heading: 'Proposed' }),
    justification,
  ],
});

export const agreedTopTen = section({
  id: 'agreedTopTen',
  list: 'LAPP Agreed Top Ten',
  title: 'Agreed top 10',
  templateTitle: 'Agreed Top 10',
  page: 'communityPlanning',
  strand: 3,
  shape: 'table',
  help: 'The ten groups the partners agree to focus engagement on, from either list.',
  councilEdits: true,
  labelField: 'Community',
  fields: [
    field.text('Community', 'Community group', { required: true, heading: 'Agreed Top 10' }),
    field.choice('Source', 'ONS or proposed', ['ONS', 'Council proposed', 'CEM proposed'], { heading: 'ONS or proposed' }),
    justification,
  ],
});
