import { field } from '../field';
import { section } from '../section';

export const addressIndex = section({
  id: 'addressIndex',
  list: 'LAPP Address Index',
  title: 'Address index updates',
  templateTitle: 'Develop an address index to ensure the fullest coverage',
  page: 'addressIndex',
  strand: 1,
  shape: 'table',
  help: 'Work with the address register to resolve anomalies and improve address quality.',
  councilEdits: true,
  labelField: 'ActionTaken',
  fields: [
    ...field.writtenDate('SharedOn', 'Date shared', { heading: 'Date Shared' }),
    field.text('SharedBy', 'Shared by'),
    field.note('ActionTaken', 'Action taken by the CEM', { required: true, heading: 'Action taken by CEM' }),
    field.text('SharedWith', 'Shared information (with, when, how)', { heading: 'Shared information? (with/when/how)' }),
  ],
});
