import { PRIORITIES, field } from '../field';
import { section } from '../section';

/** The template's groups of engagement channels (the matrix's left-hand column). */
export const CHANNEL_GROUPS = [
  'Local intermediary organisations in the community',
  'Media',
  'Local authority communication mechanisms',
  'Communication direct to public',
] as const;

/**
 * The community priorities checklist: engagement channel × community → High/Medium/Low.
 * Stored one row per cell, so a new community or channel is new rows, not new columns.
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
    field.choice('Priority', 'Priority', PRIORITIES, { required: true }),
  ],
});
