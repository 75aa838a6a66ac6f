import { PRIORITY_OR_TICK, field } from '../field';
import { section } from '../section';

/** The template's groups of engagement channels (the matrix's left-hand column). */
export const CHANNEL_GROUPS = [
  'Local intermediary organisations in the community',
  'Media',
  'Local authority communication mechanisms',
  'Communication direct to public',
] as const;

/**
 * The community priorities checklist: engagement channel × community → what the council wrote
 * in the cell, High/Medium/Low or a tick (councils do either). Stored one row per cell, so a new
 * community or channel is new rows, not new columns.
 */
export const communityPriorities = section({
  id: 'communityPriorities',
  list: 'LAPP Community Priorities',
  title: 'Community priorities checklist',
  templateTitle: 'Community Priorities Checklist',
  page: 'communityPriorities',
  strand: 3,
  shape: 'matrix',
  help: 'For each engagement channel, how much it matters for reaching each community.',
  councilEdits: true,
  labelField: 'Channel',
  fields: [
    field.choice('ChannelGroup', 'Channel group', CHANNEL_GROUPS, { required: true }),
    field.text('Channel', 'Engagement channel', { required: true, heading: 'Engagement' }),
    field.text('Community', 'Community', { required: true }),
    field.choice('Priority', 'Priority or tick', PRIORITY_OR_TICK, { required: true }),
  ],
});
