import { field } from '../field';
import { section } from '../section';

export const internalPromotion = section({
  id: 'internalPromotion',
  list: 'LAPP Internal Promotion',
  title: 'Internal census promotion and briefings',
  templateTitle: 'Internal Census promotion/training',
  page: 'promotion',
  strand: 7,
  shape: 'table',
  help: 'The CEM helps the council promote the census to councillors and front-line staff.',
  councilEdits: false,
  labelField: 'Audience',
  fields: [
    field.text('Audience', 'Audience', { required: true }),
    field.text('Topics', 'Topics covered', { heading: 'Audience Topics covered' }),
    field.text('BriefedBy', 'Briefed by'),
    ...field.writtenDate('BriefingDate', 'Date of briefing', { heading: 'Date of Briefing' }),
    field.note('Outcome', 'Outcome'),
  ],
});
