import { field } from '../field';
import { section } from '../section';

export const areaProfileReview = section({
  id: 'areaProfileReview',
  list: 'LAPP Area Profile Review',
  title: 'Area profile review',
  templateTitle: 'Area Profile Review',
  page: 'areaProfile',
  strand: 2,
  shape: 'table',
  help: 'Check each section of the area profile sent by ONS: is it representative of the area?',
  councilEdits: true,
  labelField: 'ProfileSection',
  fields: [
    field.number('SectionNumber', 'Section', { heading: 'Section' }),
    field.text('ProfileSection', 'Profile section', { required: true, heading: 'Profile sections' }),
    field.yesNo('Representative', 'Representative', { heading: 'Representative of' }),
    field.note('Comment', 'Comment'),
  ],
});
