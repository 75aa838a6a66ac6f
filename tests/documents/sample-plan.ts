/**
 * A small fictional plan for the document tests: a council that does not exist, people who do
 * not exist, a row or two in every table of the template, and a few meetings with their actions
 * and decisions. Dates sit around a meeting on 2 February 2031.
 */
import { ROW_SECTIONS, STRANDS, sectionById, strandChoice, strandRowKey, type FieldValue, type StrandId, type Plan, type Row, type RowSectionId, type SectionId } from '../../src/plan';

type Values = Record<string, FieldValue>;

export const PLAN_ID = 'harrow-fen';
export const TODAY = '2031-02-10';

let sequence = 0;

export function makeRow<Id extends SectionId>(section: Id, key: string, values: Values, order: number, planId = PLAN_ID): Row<Id> {
  sequence += 1;
  const blank = Object.fromEntries(sectionById(section).fields.map((f) => [f.name, null]));
  return {
    section,
    key,
    id: `item-${sequence}`,
    planId,
    etag: '"1"',
    order,
    created: '2031-01-02T09:00:00Z',
    modified: '2031-01-20T09:00:00Z',
    values: { ...blank, ...values },
  } as Row<Id>;
}

const ROWS: Partial<Record<RowSectionId, Values[]>> = {
  keyContacts: [
    { ContactName: 'Priya Marsh', Email: 'priya.marsh@harrowfen.example', Phone: '01632 960 201', Organisation: 'Harrow Fen Council', ContactRole: 'ACLM' },
    { ContactName: 'Tom Oduya', Organisation: 'Fenland Volunteer Network', ContactRole: 'Coordinator' },
  ],
  plannedCommunication: [{ Attendees: 'CEM, ACLM', Reason: 'Review the plan', Frequency: 'Fortnightly', ContactType: 'Teams meeting', Purpose: 'Agree actions.' }],
  internalPromotion: [{ Audience: 'Councillors', Topics: 'Why the census matters', BriefedBy: 'CEM', BriefingDate: '2031-01-14', Outcome: 'Briefing note sent.' }],
  areaProfileReview: [
    { SectionNumber: 1, ProfileSection: 'Population', Representative: true, Comment: 'Checked by the insight team.' },
    { SectionNumber: 2, ProfileSection: 'Household spaces', Representative: false, Comment: 'Misses boats used as homes.' },
  ],
  localChallenges: [{ Information: 'Houseboat moorings are not on the address register.', Priority: 'High', SharedBy: 'ACLM', SharedOn: '2031-01-09' }],
  // A plan always has its eight strand rows; these two are ranked.
  localPriorities: STRANDS.map((s): Values =>
    s.id === 1
      ? { Strand: strandChoice(1), Priority: 'High', Notes: 'Moorings need address checks.' }
      : s.id === 3
        ? { Strand: strandChoice(3), Priority: 'Medium', Notes: 'Boat dwellers are hard to reach.' }
        : { Strand: strandChoice(s.id) },
  ),
  onsTopGroups: [{ Community: 'Older people living alone', CouncilAgrees: true, Justification: 'Many in the villages.' }],
  otherGroups: [{ Community: 'Boat dwellers', ProposedBy: 'Council', Justification: 'Around 300 boats.' }],
  agreedTopTen: [{ Community: 'Boat dwellers', Source: 'Council proposed' }],
  communityUpdates: [{ UpdateDate: '2031-01-28', Community: 'Boat dwellers', Activity: 'Leaflets left at the marina office.', GoingWell: 'The harbour master helps.' }],
  concernsRaised: [
    { Month: 'January 2031', Community: 'Boat dwellers', Concern: 'Fear of being fined for mooring.', ActionTaken: 'Reassurance leaflet drafted.', NextSteps: 'Share it at the marina.', Resolved: false },
    { Month: 'December 2030', Community: 'Students', Concern: 'Confusion about term-time address.', ActionTaken: 'Guidance sent.', Resolved: true, ResolvedOn: '2031-01-30' },
  ],
  communityPriorities: [
    { ChannelGroup: 'Media', Channel: 'Local radio', Community: 'Boat dwellers', Priority: 'High' },
    { ChannelGroup: 'Media', Channel: 'Local radio', Community: 'Older people living alone', Priority: 'Medium' },
    { ChannelGroup: 'Communication direct to public', Channel: 'Leafleting', Community: 'Boat dwellers', Priority: 'Low' },
  ],
  recruitmentHelp: [{ ProposedHelp: 'Jobs fair stall', NeededFrom: '2031-02-20', Confirmed: 'Yes', Note: 'In the market hall.' }],
  practicalSupport: [{ Description: 'Room at Fen Library', NeededFrom: '2031-03-17', NeededUntil: '2031-03-21', Confirmed: 'TBC', Note: 'Weekday mornings.' }],
  supportCentres: [{ Centre: 'Fen Library', SharedOn: '2031-01-21', Notes: 'Acknowledged by the council.' }],
  offersOfHelp: [{ Offer: 'Posters in council buildings', ActionNeeded: 'Send artwork', OfferDate: '2031-03-01', Confirmed: 'Yes' }],
  onlineIdeas: [{ Idea: 'Tablet loans from libraries.', LinkedContact: 'ACLM', ActionTaken: 'CEM asked the library service.' }],
  completionFacilities: [{ Facility: 'Fen Library, Tuesdays and Thursdays', StaffBriefed: 'TBC' }],
  supportChecklist: [{ Item: 'Promoted the census on your website?', Announce: true, Address: false, ActNow: false, NextSteps: 'Page goes live in March.' }],
  socialMediaChecklist: [{ Item: 'Shared some posts from the census accounts?', Announce: true, Address: true, ActNow: false }],
  mediaTimescales: [{ Campaign: 'Residents’ magazine', SocialMedia: 'One week', Articles: 'Six weeks', Interviews: 'Two weeks' }],
  pressOffice: [{ ContactName: 'Lena Fox', Position: 'Press officer', Phone: '01632 960 299', Email: 'press@harrowfen.example' }],
  bespokeCommunications: [{ Detail: 'Article in the residents’ magazine.', Link: 'https://harrowfen.example/news/census', PublishedOn: '2031-01-25', Notes: 'Reached every household.' }],
  suggestedChannels: [{ Channel: 'Fen Radio', Justification: 'Popular with older listeners.', ContactDetails: 'newsdesk@fenradio.example', ActionTaken: 'Contacted' }],
  qualityAssurance: [
    { Question: 'What checks will the council do on the estimates?', Answer: 'Compare with council tax records.' },
    { Question: 'Which data are particular to the area?', Answer: 'Houseboat counts.' },
  ],
  addressIndex: [{ SharedOn: '2031-01-12', SharedBy: 'ACLM', ActionTaken: 'Passed the mooring list to the address team.', SharedWith: 'Address team, by email' }],
  meetings: [
    { MeetingDate: '2031-01-05', Kind: 'Introductory', MeetingStatus: 'Closed' },
    { MeetingDate: '2031-01-19', Kind: 'Fortnightly review', MeetingStatus: 'Closed' },
    { MeetingDate: '2031-02-02', Kind: 'Fortnightly review', MeetingStatus: 'Closed' },
  ],
  actions: [
    { ActionTitle: 'Send the mooring list to the address team', Strand: strandChoice(1), Owner: 'Priya Marsh <priya.marsh@harrowfen.example>', DueDate: '2031-01-20', Status: 'Done', RaisedInMeeting: 'meeting-1', ClosedInMeeting: 'meeting-3', ClosedOn: '2031-02-02' },
    { ActionTitle: 'Book the library room', Strand: strandChoice(5), Owner: 'ACLM', DueDate: '2031-02-14', Status: 'Open', RaisedInMeeting: 'meeting-2', ActionNotes: 'Waiting for the room diary.' },
    { ActionTitle: 'Draft the marina leaflet', LinkedSection: 'concernsRaised', Owner: 'Nell Ward <nell.ward@census.example>', DueDate: '2031-02-12', Status: 'In progress', RaisedInMeeting: 'meeting-3' },
    { ActionTitle: 'Old idea we dropped', Status: 'Dropped' },
  ],
  decisions: [
    { DecisionText: 'Boat dwellers join the agreed top 10.', MeetingKey: 'meeting-2', DecidedOn: '2031-01-19', Strand: strandChoice(3) },
    { DecisionText: 'Library rooms are the support venue.', MeetingKey: 'meeting-3', DecidedOn: '2031-02-02', Strand: strandChoice(5) },
    { DecisionText: 'Introductions done; meet fortnightly.', MeetingKey: 'meeting-1', DecidedOn: '2031-01-05' },
  ],
};

function keyOf(section: RowSectionId, n: number): string {
  if (section === 'meetings') return `meeting-${n}`;
  return section === 'localPriorities' ? strandRowKey(PLAN_ID, n as StrandId) : `${section}-${n}`;
}

/** The sample plan; `planId` lets a test make a second, empty one. */
export function samplePlan(): Plan {
  const sections = Object.fromEntries(
    ROW_SECTIONS.map((s) => [s.id, (ROWS[s.id] ?? []).map((values, i) => makeRow(s.id, keyOf(s.id, i + 1), values, i + 1))]),
  ) as unknown as Plan['sections'];
  const header = makeRow(
    'plan',
    PLAN_ID,
    {
      CouncilName: 'Harrow Fen Council',
      Census: 'Census 2031',
      Cem: 'Nell Ward <nell.ward@census.example>',
      Aclm: 'Priya Marsh <priya.marsh@harrowfen.example>',
      Clm: 'Owen Hale <owen.hale@harrowfen.example>',
      CensusDay: '2031-03-23',
      AclmSignedBy: 'Priya Marsh <priya.marsh@harrowfen.example>',
      AclmSignedOn: '2031-01-22',
    },
    0,
  );
  return { header, sections };
}
