import { PRIORITIES, field } from '../field';
import { section } from '../section';

export const localChallenges = section({
  id: 'localChallenges',
  list: 'LAPP Local Challenges',
  title: 'Local information and challenges',
  templateTitle: 'Provide local information to identify and target local challenges',
  page: 'challenges',
  strand: 2,
  shape: 'table',
  help: 'Information that helps make sure every area and community is counted, and who it was passed on to.',
  councilEdits: true,
  labelField: 'Information',
  fields: [
    field.note('Information', 'Information and potential use', {
      required: true,
      heading: 'Information update and potential use (include who CEM passed on to where relevant)',
    }),
    field.choice('Priority', 'Priority', PRIORITIES, { required: true }),
    field.text('SharedBy', 'Shared by'),
    ...field.writtenDate('SharedOn', 'Date', { heading: 'Date' }),
  ],
});
