import { CONFIRMATION, field } from '../field';
import { section } from '../section';

/** "Date needed" may be a day or a span ("22 to 26 March"): from, and optionally until. */
const neededFrom = field.writtenDate('NeededFrom', 'Date needed', { heading: 'Date needed', indexed: true });
const neededUntil = field.date('NeededUntil', 'Needed until');
const confirmed = field.choice('Confirmed', 'Confirmed', CONFIRMATION);
const note = field.note('Note', 'Note');

export const recruitmentHelp = section({
  id: 'recruitmentHelp',
  list: 'LAPP Recruitment Help',
  title: 'Recruitment help (strand 4)',
  templateTitle: 'Strand 4 - Supporting the recruitment of field staff',
  page: 'fieldStaff',
  strand: 4,
  shape: 'table',
  help: 'Council help to find candidates and publicise recruitment, including among its own staff and under-represented communities.',
  councilEdits: true,
  labelField: 'ProposedHelp',
  fields: [field.text('ProposedHelp', 'Proposed help', { required: true }), ...neededFrom, neededUntil, confirmed, note],
});

export const practicalSupport = section({
  id: 'practicalSupport',
  list: 'LAPP Practical Support',
  title: 'Practical support (strand 5)',
  templateTitle: 'Strand 5 - Practical operations support',
  page: 'fieldStaff',
  strand: 5,
  shape: 'table',
  help: 'Council premises or local alternatives, and other practical help for field staff.',
  councilEdits: true,
  labelField: 'Description',
  fields: [
    field.text('Description', 'Support description', { required: true, heading: 'Support Descriptions' }),
    ...neededFrom,
    neededUntil,
    confirmed,
    note,
  ],
});
