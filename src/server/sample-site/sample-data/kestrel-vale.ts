import { strandChoice } from '../../../plan';
import { personValue, SAMPLE_CEM } from '../../stand-in/sample-users';
import * as template from './common';
import type { CouncilSample, SampleContext } from './types';

/** A fictional rural district of market towns and farms. Its plan is signed by the ACLM and the CLM. */
export function kestrelVale(ctx: SampleContext): CouncilSample {
  const { council, day, month, key } = ctx;
  const aclm = personValue(council.aclm);
  const clm = personValue(council.clm);
  const communities = ['Farm and seasonal workers', 'Older people in villages', 'Gypsy and Traveller families'];
  return {
    council,
    header: {
      ...template.planHeader(ctx),
      AclmSignedBy: aclm,
      AclmSignedOn: day(-9),
      ClmSignedBy: clm,
      ClmSignedOn: day(-8),
      SignedSnapshotKey: `signed-${day(-8)}-clm-4b1e9a20`,
      LastSharedOn: day(-13),
      QaSentOn: day(-20),
    },
    rows: {
      keyContacts: [
        template.contactFor(ctx, council.aclm, 'ACLM', '01632 960 118'),
        template.contactFor(ctx, council.clm, 'CLM, Head of Policy', '01632 960 102'),
        { ContactName: 'Rhiannon Pike', Email: 'rhiannon.pike@kestrelvale.example', Organisation: council.councilName, ContactRole: 'Electoral services manager' },
        { ContactName: 'Gareth Lowe', Phone: '01632 960 455', Organisation: 'Kestrel Vale Rural Community Council', ContactRole: 'Chief officer' },
      ],
      plannedCommunication: [
        { Attendees: 'CEM, ACLM', Reason: 'Review the plan and record progress', Frequency: 'Fortnightly', ContactType: 'Teams meeting', Purpose: 'Agree actions; CEM sends the updated plan afterwards.' },
        { Attendees: 'CEM, CLM, ACLM', Reason: 'Introductory meeting', Frequency: 'One-off', ContactType: 'In person at the council offices' },
        { Attendees: 'CEM, communications lead', Reason: 'Plan publicity for each campaign phase', Frequency: 'Monthly', ContactType: 'Teams meeting' },
      ],
      internalPromotion: [
        { Audience: 'Councillors', Topics: 'Why the census matters for ward funding', BriefedBy: 'CEM', BriefingDate: day(-30), Outcome: 'Briefing note sent to all 38 councillors.' },
        { Audience: 'Customer contact centre', Topics: 'Answering residents’ census questions', BriefedBy: 'CEM and ACLM', BriefingDate: day(-12), Outcome: 'Script added to the contact centre knowledge base.' },
        { Audience: 'Housing officers', Topics: 'Spotting hidden households', BriefedBy: 'ACLM', BriefingDate: day(10) },
      ],
      areaProfileReview: template.PROFILE_SECTIONS.map((section, i) => ({
        SectionNumber: i + 1,
        ProfileSection: section,
        Representative: i !== 5,
        Comment: i === 5 ? 'Understates holiday lets in the northern parishes; the council will share its own count.' : 'Checked by the council’s insight team.',
      })),
      localChallenges: [
        { Information: 'Seasonal workers on fruit farms live in caravans that are not on the address register.', Priority: 'High', SharedBy: 'ACLM', SharedOn: day(-25) },
        { Information: 'Broadband is poor in the upland parishes; paper questionnaires will be needed.', Priority: 'Medium', SharedBy: 'CLM', SharedOn: day(-18) },
        { Information: 'Two new estates in Lower Ashby are part built; CEM passed the plot list to the address team.', Priority: 'Medium', SharedBy: 'CEM', SharedOn: day(-7) },
      ],
      localPriorities: template.rankedStrands([
        ['High', 'New estates and caravan sites need address checks.'],
        ['High', 'Rural isolation and poor broadband.'],
        ['High', 'Farm workers and Traveller families are hard to reach.'],
        ['Medium', 'Recruitment is usually easy in the market towns.'],
        ['Low', 'Enough meeting rooms in council buildings.'],
        ['High', 'Low online completion expected in upland parishes.'],
        ['Medium', 'The residents’ magazine reaches every household.'],
        ['Low', 'Data is up to date.'],
      ]),
      onsTopGroups: [
        { Community: 'Older people living alone', CouncilAgrees: true, Justification: 'A third of households in the hill villages.' },
        { Community: 'Polish-speaking residents', CouncilAgrees: true },
        { Community: 'Students', CouncilAgrees: false, Justification: 'There is no university in the district.' },
        { Community: 'Gypsy and Traveller families', CouncilAgrees: true, Justification: 'Two permanent sites and a transit site.' },
      ],
      otherGroups: [
        { Community: 'Farm and seasonal workers', ProposedBy: 'Council', Justification: 'Up to 1,500 workers in the summer.' },
        { Community: 'Armed forces families at Ridgeway Camp', ProposedBy: 'CEM' },
      ],
      agreedTopTen: [
        { Community: 'Older people living alone', Source: 'ONS' },
        { Community: 'Gypsy and Traveller families', Source: 'ONS' },
        { Community: 'Farm and seasonal workers', Source: 'Council proposed' },
        { Community: 'Armed forces families at Ridgeway Camp', Source: 'CEM proposed', Justification: 'Frequent moves make them easy to miss.' },
      ],
      communityUpdates: [
        { UpdateDate: day(-15), Community: 'Gypsy and Traveller families', Activity: 'Met the site liaison officer.', GoingWell: 'Site managers are willing to host a drop-in.', Challenges: 'Families travel in the summer.' },
        { UpdateDate: day(-3), Community: 'Farm and seasonal workers', Activity: 'Contacted the three largest growers.', Suggestions: 'Leaflets in Romanian and Bulgarian in the caravan parks.' },
      ],
      concernsRaised: [
        { Month: month(-40), Community: 'Older people in villages', Concern: 'Worry about scam calls claiming to be the census.', ActionTaken: 'Trading standards warning in the magazine.', Resolved: true, ResolvedOn: day(-20) },
        { Month: month(-5), Community: 'Farm and seasonal workers', Concern: 'Workers may leave before census day and be missed.', NextSteps: 'CEM to ask the field team about early visits.', Resolved: false },
      ],
      communityPriorities: template.priorityGrid(communities, ['MLH', 'HHM', 'LHL', 'HMH']),
      recruitmentHelp: [
        { ProposedHelp: 'Advertise field jobs in the staff bulletin', NeededFrom: day(5), Confirmed: 'Yes' },
        { ProposedHelp: 'Recruitment stall at the Ashby farmers’ market', NeededFrom: day(9), NeededUntil: day(9), Confirmed: 'TBC', Note: 'Waiting for the market manager.' },
      ],
      practicalSupport: [
        { Description: 'Meeting room at Kestrel House for field team briefings', NeededFrom: day(40), NeededUntil: day(44), Confirmed: 'Yes' },
        { Description: 'Parking permits for field staff in Ashby town centre', NeededFrom: day(100), Confirmed: 'TBC' },
      ],
      supportCentres: [
        { Centre: 'Ashby Library', SharedOn: day(-10), Notes: 'Tuesday and Thursday mornings.' },
        { Centre: 'Kestrel Vale Community Hub, Market Street', SharedOn: day(-10) },
      ],
      offersOfHelp: [
        { Offer: 'Library staff to signpost the support centre', ActionNeeded: 'CEM to send the signposting card', OfferDate: day(4), Confirmed: 'TBC' },
        { Offer: 'Mobile library stops to carry census leaflets', OfferDate: day(25), Confirmed: 'Yes' },
      ],
      onlineIdeas: [
        { Idea: 'Digital champions in village halls during the Act Now phase.', LinkedContact: 'Gareth Lowe', ActionTaken: 'Rural Community Council is asking its volunteers.' },
        { Idea: 'Census page on the council website with help in plain English.' },
      ],
      completionFacilities: [
        { Facility: 'Ashby Library: four PCs kept free on weekday mornings.', StaffBriefed: 'Yes', NeededFrom: day(106) },
        { Facility: 'Upland villages: a laptop in the mobile library van.', StaffBriefed: 'TBC', NeededFrom: day(110) },
      ],
      supportChecklist: template.checklist(template.SUPPORT_CHECKLIST, ['yyn', 'ynn', 'yyy', 'ynn', 'nnn'], [null, 'Posters for the Address phase ordered', null, null, 'Spring issue deadline in three weeks']),
      socialMediaChecklist: template.checklist(template.SOCIAL_MEDIA_CHECKLIST, ['ynn', 'ynn', 'nnn', 'nnn'], [null, null, 'List partner accounts', 'Ask for Polish translations']),
      mediaTimescales: template.mediaTimescales([
        ['2 days', '2 weeks', '1 week'],
        ['1 day', '—', '—'],
        ['1 week', '6 weeks', '—'],
      ]),
      pressOffice: [{ ContactName: 'Imogen Shaw', Position: 'Communications manager', Phone: '01632 960 377', Email: 'press@kestrelvale.example' }],
      bespokeCommunications: [
        { Detail: 'Census article in the Kestrel Vale Voice', Link: 'https://www.kestrelvale.example/voice/census', PublishedOn: day(-11), Notes: 'Reached 52,000 households.' },
        { Detail: 'Facebook post about census jobs', Evidence: 'Screenshot kept by the comms team', PublishedOn: day(-4) },
      ],
      suggestedChannels: [
        { Channel: 'Vale FM breakfast show', Justification: 'Most listened-to station among older residents.', ContactDetails: 'news@valefm.example', ActionTaken: 'CEM emailed the producer.' },
        { Channel: 'Parish council newsletters', Justification: 'Reach every village.' },
      ],
      qualityAssurance: template.qaAnswers(['Yes: 420 homes at Lower Ashby and Brookfield since last spring.', 'Very few; mainly above shops in Ashby.', 'Six care homes and the Ridgeway Camp barracks.', null]),
      addressIndex: [
        { SharedOn: day(-22), SharedBy: 'Electoral services', ActionTaken: 'Passed the list of caravan sites to the address register team.', SharedWith: 'Address team, by email' },
        { SharedOn: day(-6), SharedBy: 'Planning', ActionTaken: 'Sent the completion dates of the two new estates.' },
      ],
      actions: [
        { ActionTitle: 'Send the signposting card to the library service', Strand: strandChoice(6), Owner: personValue(SAMPLE_CEM), DueDate: day(-4), Status: 'Open', LinkedSection: 'offersOfHelp', LinkedRowKey: key('offersOfHelp', 1), RaisedInMeeting: key('meetings', 2) },
        { ActionTitle: 'Confirm the farmers’ market stall', Strand: strandChoice(4), Owner: aclm, DueDate: day(3), Status: 'Open', LinkedSection: 'recruitmentHelp', LinkedRowKey: key('recruitmentHelp', 2), RaisedInMeeting: key('meetings', 2) },
        { ActionTitle: 'Share the holiday-let count with ONS', Strand: strandChoice(2), Owner: 'CLM', DueDate: day(-12), Status: 'In progress', RaisedInMeeting: key('meetings', 1) },
        { ActionTitle: 'Brief the customer contact centre', Strand: strandChoice(7), Owner: personValue(SAMPLE_CEM), DueDate: day(-14), Status: 'Done', ClosedOn: day(-12), RaisedInMeeting: key('meetings', 1), ClosedInMeeting: key('meetings', 2) },
        { ActionTitle: 'Answer the last QA question', Strand: strandChoice(8), Owner: aclm, DueDate: day(12), Status: 'Open', LinkedSection: 'qualityAssurance', LinkedRowKey: key('qualityAssurance', 4) },
        { ActionTitle: 'Ask the growers for workers’ leaving dates', Strand: strandChoice(3), Owner: 'ACLM', DueDate: day(-20), Status: 'Dropped', ActionNotes: 'Growers would not share staff data.' },
      ],
      meetingNotes: [
        { Note: 'Library service happy to host a census help desk on market days.', MeetingKey: key('meetings', 1), AgendaItemTitle: 'Online completion' },
      ],
      decisions: [
        { DecisionText: 'Farm and seasonal workers join the agreed top 10.', MeetingKey: key('meetings', 1), DecidedOn: day(-27), Strand: strandChoice(3) },
        { DecisionText: 'The mobile library will carry census leaflets from the Address phase.', MeetingKey: key('meetings', 2), DecidedOn: day(-13), Strand: strandChoice(6), LinkedSection: 'offersOfHelp', LinkedRowKey: key('offersOfHelp', 2) },
      ],
      meetings: [
        { MeetingDate: day(-27), Kind: 'Introductory', Attendees: 'Ava Lindqvist, Priya Raman, Tom Ashcroft', MeetingStatus: 'Closed', Minutes: 'Agreed the top 10 and the meeting pattern.', NextMeetingDate: day(-13) },
        { MeetingDate: day(-13), Kind: 'Fortnightly review', Attendees: 'Ava Lindqvist, Priya Raman', MeetingStatus: 'Closed', Minutes: 'Reviewed offers of help and recruitment.', NextMeetingDate: day(1) },
        { MeetingDate: day(1), Kind: 'Fortnightly review', Attendees: 'Ava Lindqvist, Priya Raman', MeetingStatus: 'Planned', NextMeetingDate: day(15) },
      ],
    },
  };
}
