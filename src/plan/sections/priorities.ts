import { PRIORITIES, field } from '../field';
import { section } from '../section';
import { STRAND_CHOICES } from '../strands';

/** The eight strands, each ranked High, Medium or Low for this area, with the reasoning. */
export const localPriorities = section({
  id: 'localPriorities',
  list: 'LAPP Local Priorities',
  title: 'Local priorities',
  templateTitle: 'Local Priorities',
  page: 'priorities',
  shape: 'priorities',
  help: 'Rank each strand high, medium or low for the area; the ranking sets the level of activity. Explain the reasoning in the notes.',
  councilEdits: true,
  labelField: 'Strand',
  fields: [
    field.choice('Strand', 'Partnership strand', STRAND_CHOICES, { required: true, heading: 'Partnership Strands' }),
    field.choice('Priority', 'Local priority', PRIORITIES, { heading: 'Local Priority' }),
    field.note('Notes', 'Notes and comments', { heading: 'Notes / Comments' }),
  ],
});
