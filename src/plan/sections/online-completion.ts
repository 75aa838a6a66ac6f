import { CONFIRMATION, field } from '../field';
import { section } from '../section';

const shared = { page: 'onlineCompletion', strand: 6, shape: 'table' } as const;

export const supportCentres = section({
  ...shared,
  id: 'supportCentres',
  list: 'LAPP Support Centres',
  title: 'Census support centres',
  templateTitle: 'Census Support Centre',
  help: 'The local ONS census support centres, shared with the council so that it can signpost residents to them.',
  councilEdits: false,
  labelField: 'Centre',
  fields: [
    field.text('Centre', 'Census support centre', { required: true, heading: 'Census Support Centre' }),
    ...field.writtenDate('SharedOn', 'Date shared with the council', { heading: 'Date shared with LA' }),
    field.text('Notes', 'Notes'),
  ],
});

export const offersOfHelp = section({
  ...shared,
  id: 'offersOfHelp',
  list: 'LAPP Offers Of Help',
  title: 'Offers of help to promote the support service',
  templateTitle: 'Record offers of help to promote the ONS Census Support Service and Census Support Centres',
  councilEdits: true,
  labelField: 'Offer',
  fields: [
    field.text('Offer', 'Offer of help', { required: true }),
    field.text('ActionNeeded', 'Action needed'),
    ...field.writtenDate('OfferDate', 'Date', { indexed: true }),
    field.choice('Confirmed', 'Confirmed', CONFIRMATION),
  ],
});

export const onlineIdeas = section({
  ...shared,
  id: 'onlineIdeas',
  list: 'LAPP Online Completion Ideas',
  title: 'Ideas and initiatives for online completion',
  templateTitle: 'Record details of help offered or ideas/initiatives and suggestions for online census completion',
  councilEdits: true,
  labelField: 'Idea',
  fields: [
    field.note('Idea', 'Help offered, idea or initiative', { required: true }),
    field.text('LinkedContact', 'Linked contact', { heading: 'Linked contact Details' }),
    field.note('ActionTaken', 'Action taken and by whom', { heading: 'Action taken and who' }),
  ],
});

export const completionFacilities = section({
  ...shared,
  id: 'completionFacilities',
  list: 'LAPP Completion Facilities',
  title: 'Completion facilities',
  templateTitle: 'Record LA Census completion facilities stood up (where / when / how often)',
  help: 'Council venues with an open walk-in service that residents can use to complete online.',
  councilEdits: true,
  labelField: 'Facility',
  fields: [
    field.note('Facility', 'Facility (where, when, how often)', { required: true }),
    field.choice('StaffBriefed', 'CEM briefed council staff', CONFIRMATION, { heading: 'CEM briefed LA staff' }),
    ...field.writtenDate('NeededFrom', 'Date', { heading: 'Date', indexed: true }),
  ],
});
