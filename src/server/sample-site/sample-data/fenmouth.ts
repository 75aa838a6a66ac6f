import { strandChoice } from '../../../plan';
import { personValue, SAMPLE_CEM } from '../../stand-in/sample-users';
import * as template from './common';
import type { CouncilSample, SampleContext } from './types';

/** A fictional coastal borough with a port, a college campus and many shared houses. Not signed yet. */
export function fenmouth(ctx: SampleContext): CouncilSample {
  const { council, day, month, key } = ctx;
  const aclm = personValue(council.aclm);
  const communities = ['Students in shared houses', 'Portuguese-speaking port workers', 'Young families in Harbourside'];
  return {
    council,
    header: {
      ...template.planHeader(ctx),
      LastSharedOn: day(-2),
    },
    rows: {
      keyContacts: [
        template.contactFor(ctx, council.aclm, 'ACLM, Partnerships officer', '01632 961 204'),
        template.contactFor(ctx, council.clm, 'CLM, Director of Communities'),
        { ContactName: 'Nadia Ferreira', Email: 'nadia@fenmouthlinks.example', Phone: '01632 961 880', Organisation: 'Fenmouth Community Links', ContactRole: 'Outreach lead' },
      ],
      plannedCommunication: [
        { Attendees: 'CEM, ACLM', Reason: 'Review the plan and record progress', Frequency: 'Fortnightly', ContactType: 'Teams meeting' },
        { Attendees: 'CEM, college welfare team', Reason: 'Reach students before the spring term ends', Frequency: 'As required', ContactType: 'Email and Teams' },
      ],
      internalPromotion: [
        { Audience: 'Councillors', Topics: 'Census timetable and how to help', BriefedBy: 'CEM', BriefingDate: day(-21), Outcome: 'Questions on shared houses followed up.' },
        { Audience: 'Revenues and benefits team', Topics: 'Households that move often', BriefedBy: 'ACLM', BriefingDate: day(-5) },
      ],
      areaProfileReview: template.PROFILE_SECTIONS.map((section, i) => ({
        SectionNumber: i + 1,
        ProfileSection: section,
        Representative: i < 6 ? true : null,
        Comment: i === 7 ? 'Still to check against the college’s halls figures.' : null,
      })),
      localChallenges: [
        { Information: 'Around 1,900 licensed houses in multiple occupation, mostly near the college.', Priority: 'High', SharedBy: 'Private sector housing', SharedOn: day(-19) },
        { Information: 'Port workers on rotating shifts are rarely home in the day.', Priority: 'High', SharedBy: 'ACLM', SharedOn: day(-9) },
        { Information: 'Summer lets on the seafront stand empty in spring.', Priority: 'Low', SharedBy: 'CEM', SharedOn: day(-9) },
      ],
      localPriorities: template.rankedStrands([
        ['High', 'Shared houses change hands every year.'],
        ['High', 'Transient population near the port.'],
        ['High', 'Students and port workers need targeted contact.'],
        ['Medium', null],
        ['Medium', 'Town hall rooms are busy in March.'],
        ['Medium', null],
        ['High', 'Local paper closed; social media matters more.'],
        [null, null],
      ]),
      onsTopGroups: [
        { Community: 'Students', CouncilAgrees: true, Justification: 'Fenmouth College has 6,000 students.' },
        { Community: 'Portuguese-speaking residents', CouncilAgrees: true },
        { Community: 'Young renters', CouncilAgrees: true },
        { Community: 'Older people living alone', CouncilAgrees: null },
      ],
      otherGroups: [
        { Community: 'Fishing crews', ProposedBy: 'ACLM', Justification: 'At sea for days at a time.' },
        { Community: 'People sleeping rough', ProposedBy: 'Council' },
      ],
      agreedTopTen: [
        { Community: 'Students', Source: 'ONS' },
        { Community: 'Portuguese-speaking residents', Source: 'ONS' },
        { Community: 'Fishing crews', Source: 'Council proposed' },
      ],
      communityUpdates: [
        { UpdateDate: day(-16), Community: 'Students', Activity: 'Stall at the college freshers’ fair.', GoingWell: '300 students signed up for reminders.', Challenges: 'Many will have left by census day.' },
        { UpdateDate: day(-2), Community: 'Portuguese-speaking residents', Activity: 'Met Fenmouth Community Links.', Suggestions: 'Short videos in Portuguese for WhatsApp groups.' },
        { UpdateDate: day(-2), Community: 'Fishing crews', Activity: 'Harbour master agreed to put up posters.' },
      ],
      concernsRaised: [
        { Month: month(-30), Community: 'Students', Concern: 'Students unsure whether to be counted at home or at college.', ActionTaken: 'CEM shared the national guidance for students.', Resolved: true, ResolvedOn: day(-16) },
        { Month: month(-8), Community: 'People sleeping rough', Concern: 'No plan yet for counting people sleeping rough.', NextSteps: 'CEM to raise with the national team.', Resolved: false },
        { Month: month(-1), Concern: 'Landlords not passing on letters to tenants.', Resolved: false },
      ],
      communityPriorities: template.priorityGrid(communities, ['LHM', 'MMH', 'HLM', 'HHH']),
      recruitmentHelp: [
        { ProposedHelp: 'Census jobs on the college careers board', NeededFrom: day(2), NeededUntil: day(30), Confirmed: 'TBC' },
        { ProposedHelp: 'Jobs fair slot at the Harbourside centre', NeededFrom: day(18), Confirmed: 'Yes' },
      ],
      practicalSupport: [
        { Description: 'Storage for field equipment at the depot', NeededFrom: day(7), Confirmed: 'TBC', Note: 'Facilities manager on leave.' },
        { Description: 'Town hall committee room for team briefings', NeededFrom: day(45), NeededUntil: day(46), Confirmed: 'No', Note: 'Booked for elections; looking for another room.' },
      ],
      supportCentres: [{ Centre: 'Fenmouth Central Library', SharedOn: day(-4) }],
      offersOfHelp: [
        { Offer: 'Community Links volunteers to help at drop-ins', ActionNeeded: 'Agree dates with Nadia', OfferDate: day(6), Confirmed: 'TBC' },
        { Offer: 'Council housing officers to mention the support service on visits', OfferDate: day(-3), Confirmed: 'Yes' },
      ],
      onlineIdeas: [{ Idea: 'QR codes on bus shelter posters along the seafront.', ActionTaken: 'Comms team pricing the posters.' }],
      completionFacilities: [{ Facility: 'Harbourside Centre: drop-in every Saturday in the Act Now phase.', StaffBriefed: 'No', NeededFrom: day(107) }],
      supportChecklist: template.checklist(template.SUPPORT_CHECKLIST, ['nnn', 'ynn', 'ynn', 'yyn', 'nnn'], ['Bills already printed this year', null, null, null, null]),
      socialMediaChecklist: template.checklist(template.SOCIAL_MEDIA_CHECKLIST, ['yyn', 'ynn', 'ynn', 'nnn'], [null, null, null, 'Portuguese posts with Community Links']),
      mediaTimescales: template.mediaTimescales([
        ['1 day', '10 days', '3 days'],
        ['Same day', '—', '—'],
        ['—', 'No magazine', '—'],
      ]),
      pressOffice: [{ ContactName: 'Callum Reid', Position: 'Press officer', Phone: '01632 961 010', Email: 'media@fenmouth.example' }],
      bespokeCommunications: [
        { Detail: 'Instagram reel about census jobs for students', Link: 'https://www.fenmouth.example/news/census-jobs', PublishedOn: day(-6) },
      ],
      suggestedChannels: [
        { Channel: 'Fenmouth College student union', Justification: 'Runs the students’ main app.', ContactDetails: 'su@fenmouthcollege.example' },
        { Channel: 'Harbour radio', Justification: 'Listened to by crews and port staff.', ActionTaken: 'No reply yet.' },
      ],
      qualityAssurance: template.qaAnswers(['No large developments.', 'Harbourside, College Road and the Old Town.', null, null]),
      addressIndex: [{ SharedOn: day(-12), SharedBy: 'Private sector housing', ActionTaken: 'Sent the licensed HMO register to the address team.', SharedWith: 'Address team, secure transfer' }],
      actions: [
        { ActionTitle: 'Find another room for team briefings', Strand: strandChoice(5), Owner: aclm, DueDate: day(-2), Status: 'Open', LinkedSection: 'practicalSupport', LinkedRowKey: key('practicalSupport', 2), RaisedInMeeting: key('meetings', 2) },
        { ActionTitle: 'Agree drop-in dates with Community Links', Strand: strandChoice(6), Owner: 'ACLM', DueDate: day(5), Status: 'Open', LinkedSection: 'offersOfHelp', LinkedRowKey: key('offersOfHelp', 1) },
        { ActionTitle: 'Raise counting people sleeping rough with the national team', Strand: strandChoice(3), Owner: personValue(SAMPLE_CEM), DueDate: day(-9), Status: 'Open', LinkedSection: 'concernsRaised', LinkedRowKey: key('concernsRaised', 2), RaisedInMeeting: key('meetings', 1) },
        { ActionTitle: 'Check the area profile against college halls figures', Strand: strandChoice(2), Owner: 'CLM', DueDate: day(8), Status: 'In progress' },
        { ActionTitle: 'Send student guidance to the college', Strand: strandChoice(3), Owner: personValue(SAMPLE_CEM), DueDate: day(-18), Status: 'Done', ClosedOn: day(-16), RaisedInMeeting: key('meetings', 1), ClosedInMeeting: key('meetings', 2) },
      ],
      meetingNotes: [
        { Note: 'Harbour master will pass on the list of houseboat moorings.', MeetingKey: key('meetings', 1), AgendaItemTitle: 'Address register' },
      ],
      decisions: [
        { DecisionText: 'Fishing crews are added to the agreed top 10.', MeetingKey: key('meetings', 1), DecidedOn: day(-17), Strand: strandChoice(3) },
        { DecisionText: 'No residents’ magazine article: social media instead.', MeetingKey: key('meetings', 2), DecidedOn: day(-3), Strand: strandChoice(7) },
      ],
      meetings: [
        { MeetingDate: day(-17), Kind: 'Introductory', Attendees: 'Ava Lindqvist, Declan Moore, Grace Okafor', MeetingStatus: 'Closed', Minutes: 'Walked through the plan; agreed fortnightly reviews.', NextMeetingDate: day(-3) },
        { MeetingDate: day(-3), Kind: 'Fortnightly review', Attendees: 'Ava Lindqvist, Declan Moore', MeetingStatus: 'Closed', Minutes: 'Rooms and drop-ins discussed.', NextMeetingDate: day(11) },
      ],
    },
  };
}
