import { field } from '../field';
import { section } from '../section';

/** Strand 8: the QA team's questions and the council's answers (date sent is on the plan). */
export const qualityAssurance = section({
  id: 'qualityAssurance',
  list: 'LAPP Quality Assurance',
  title: 'Quality assurance questions',
  templateTitle: 'Strand 8 - Provide local data to support quality assurance (QA)',
  page: 'qualityAssurance',
  strand: 8,
  shape: 'table',
  help: 'The council answers; the CEM sends the answers to the census quality assurance team.',
  councilEdits: true,
  labelField: 'Question',
  fields: [field.note('Question', 'Question', { required: true }), field.note('Answer', 'Answer')],
});
