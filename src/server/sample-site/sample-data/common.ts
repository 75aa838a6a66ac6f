import { localTenantId } from '../../local-entra/local-entra';
import { CHANNEL_GROUPS, PRIORITIES, strandChoice, type Priority, type StrandId } from '../../../plan';
import { personValue, SAMPLE_CEM, type SampleUser } from '../../stand-in/sample-users';
import { censusTimetable, type SampleContext, type SampleValues } from './types';

/**
 * Template content every council's plan starts from (our own wording): the area profile's
 * sections, the quality assurance team's questions, the media checklists and the channels of
 * the community priorities grid. Each council's file adds its own answers.
 */
export const PROFILE_SECTIONS = [
  'Population estimates',
  'Areas likely to be hard to count',
  'Age profile',
  'Ethnicity',
  'Housing types',
  'Empty and second homes',
  'Languages spoken, by ward',
  'Student and communal housing',
] as const;

export const QA_QUESTIONS = [
  'Have any large housing developments been completed since the address register was last updated?',
  'Which areas have many houses in multiple occupation?',
  'Which communal establishments (care homes, student halls, hostels) should the field teams know about?',
  'Have ward boundaries or postcodes changed in the last two years?',
] as const;

export const SUPPORT_CHECKLIST = [
  'Added a census message to council tax bills',
  'Put census posters in libraries and leisure centres',
  'Briefed customer contact centre staff',
  'Added a census banner to the council website',
  'Included census news in the residents’ magazine',
] as const;

export const SOCIAL_MEDIA_CHECKLIST = [
  'Shared national census posts on council accounts',
  'Scheduled posts for each campaign phase',
  'Tagged local partners in census posts',
  'Posted in the main community languages',
] as const;

/** One engagement channel from each of the template's groups. */
export const CHANNELS: readonly { group: (typeof CHANNEL_GROUPS)[number]; channel: string }[] = [
  { group: CHANNEL_GROUPS[0], channel: 'Faith and community centres' },
  { group: CHANNEL_GROUPS[1], channel: 'Local radio' },
  { group: CHANNEL_GROUPS[2], channel: 'Council newsletter' },
  { group: CHANNEL_GROUPS[3], channel: 'Door-to-door leaflets' },
];

/** Ticks per campaign phase, written compactly: "yyn" = Announce and Address ticked, Act Now not. */
export function checklist(items: readonly string[], ticks: readonly string[], nextSteps: readonly (string | null)[]): SampleValues[] {
  return items.map((item, i) => {
    const t = ticks[i] ?? 'nnn';
    return { Item: item, Announce: t[0] === 'y', Address: t[1] === 'y', ActNow: t[2] === 'y', NextSteps: nextSteps[i] ?? null };
  });
}

/**
 * The channels × communities grid: `grid[c][k]` is the priority of channel c for community k,
 * written "HML…" per channel.
 */
export function priorityGrid(communities: readonly string[], grid: readonly string[]): SampleValues[] {
  const byLetter: Record<string, Priority> = { H: PRIORITIES[0], M: PRIORITIES[1], L: PRIORITIES[2] };
  return CHANNELS.flatMap(({ group, channel }, c) =>
    communities.map((community, k) => ({
      ChannelGroup: group,
      Channel: channel,
      Community: community,
      Priority: byLetter[grid[c]?.[k] ?? 'L'] ?? PRIORITIES[2],
    })),
  );
}

export function mediaTimescales(leadIn: readonly [string, string, string][]): SampleValues[] {
  const campaigns = ['Press release', 'Social media post', 'Residents’ magazine article'];
  return campaigns.map((campaign, i) => {
    const [social, articles, interviews] = leadIn[i] ?? ['', '', ''];
    return { Campaign: campaign, SocialMedia: social, Articles: articles, Interviews: interviews };
  });
}

/** The header fields every sample plan fills alike: the council, the timetable and its people. */
export function planHeader(ctx: SampleContext): SampleValues {
  const { council } = ctx;
  return {
    CouncilName: council.councilName,
    ...censusTimetable(ctx),
    Cem: personValue(SAMPLE_CEM),
    Aclm: personValue(council.aclm),
    Clm: personValue(council.clm),
    CouncilDomain: council.domain,
    CouncilTenantId: localTenantId(council.domain),
  };
}

/** The eight strands in order, each with its priority and notes (either may be empty). */
export function rankedStrands(ranks: readonly (readonly [Priority | null, string | null])[]): SampleValues[] {
  return ranks.map(([priority, notes], i) => ({ Strand: strandChoice((i + 1) as StrandId), Priority: priority, Notes: notes }));
}

/** The quality assurance questions with the council's answers so far. */
export function qaAnswers(answers: readonly (string | null)[]): SampleValues[] {
  return QA_QUESTIONS.map((question, i) => ({ Question: question, Answer: answers[i] ?? null }));
}

/** A key contact row for one of the council's sample people. */
export function contactFor(ctx: SampleContext, person: SampleUser, role: string, phone?: string): SampleValues {
  return { ContactName: person.displayName, Email: person.email, Phone: phone ?? null, Organisation: ctx.council.councilName, ContactRole: role };
}
