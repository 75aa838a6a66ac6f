import { strandChoice } from '../../../plan';
import { personValue, SAMPLE_CEM } from '../../stand-in/sample-users';
import * as template from './common';
import type { CouncilSample, SampleContext } from './types';

/** A fictional moorland council of former mining towns and a growing garrison town. Not signed yet. */
export function harrowgateMoor(ctx: SampleContext): CouncilSample {
  const { council, day, month, key } = ctx;
  const aclm = personValue(council.aclm);
  const communities = ['Nepali families near the garrison', 'Older people in former pit villages', 'Disabled residents'];
  return {
    council,
    header: {
      ...template.planHeader(ctx),
      LastSharedOn: day(-10),
    },
    rows: {
      keyContacts: [
        template.contactFor(ctx, council.aclm, 'ACLM, Insight lead', '01632 962 330'),
        template.contactFor(ctx, council.clm, 'CLM, Assistant chief executive'),
        { ContactName: 'Bishnu Gurung', Phone: '01632 962 771', Organisation: 'Moorside Nepali Association', ContactRole: 'Secretary' },
      ],
      plannedCommunication: [
        { Attendees: 'CEM, ACLM', Reason: 'Review the plan and record progress', Frequency: 'Fortnightly', ContactType: 'Teams meeting' },
        { Attendees: 'CEM, CLM', Reason: 'Progress report to the council’s leadership team', Frequency: 'Monthly', ContactType: 'In person' },
      ],
      internalPromotion: [
        { Audience: 'Ward councillors', Topics: 'Digital exclusion and paper questionnaires', BriefedBy: 'CEM', BriefingDate: day(-16), Outcome: 'Councillors offered to host village drop-ins.' },
        { Audience: 'Adult social care staff', Topics: 'Helping people who need support to take part', BriefedBy: 'ACLM', BriefingDate: day(8) },
      ],
      areaProfileReview: template.PROFILE_SECTIONS.map((section, i) => ({
        SectionNumber: i + 1,
        ProfileSection: section,
        Representative: i === 0 ? false : true,
        Comment: i === 0 ? 'Does not yet include the 800 new homes at Colliery Fields.' : null,
      })),
      localChallenges: [
        { Information: 'About a fifth of households in the pit villages have no internet at home.', Priority: 'High', SharedBy: 'ACLM', SharedOn: day(-21) },
        { Information: 'Garrison families move in and out through the year; the welfare office keeps a contact list.', Priority: 'Medium', SharedBy: 'CLM', SharedOn: day(-14) },
        { Information: 'Snow closes the moor road most winters.', Priority: 'Low', SharedBy: 'CEM', SharedOn: day(-14) },
      ],
      localPriorities: template.rankedStrands([
        ['High', 'Colliery Fields is growing fast.'],
        ['Medium', null],
        ['High', 'Nepali community and isolated older people.'],
        ['Low', null],
        ['Medium', 'Depot space offered on the moor road.'],
        ['High', 'Digital exclusion is the council’s main worry.'],
        ['Medium', null],
        ['Medium', 'New homes data to share.'],
      ]),
      onsTopGroups: [
        { Community: 'Older people living alone', CouncilAgrees: true },
        { Community: 'Nepali-speaking residents', CouncilAgrees: true, Justification: 'Large community around the garrison.' },
        { Community: 'Disabled residents', CouncilAgrees: true },
      ],
      otherGroups: [
        { Community: 'Armed forces families', ProposedBy: 'CLM', Justification: 'Frequent postings in and out.' },
        { Community: 'Carers', ProposedBy: 'ACLM' },
      ],
      agreedTopTen: [
        { Community: 'Older people living alone', Source: 'ONS' },
        { Community: 'Nepali-speaking residents', Source: 'ONS' },
        { Community: 'Armed forces families', Source: 'Council proposed' },
        { Community: 'Carers', Source: 'Council proposed', Justification: 'Carers’ centre can reach them.' },
      ],
      communityUpdates: [
        { UpdateDate: day(-11), Community: 'Nepali-speaking residents', Activity: 'Spoke at the association’s monthly meeting.', GoingWell: 'Volunteers offered to translate leaflets.' },
        { UpdateDate: day(-1), Community: 'Older people living alone', Activity: 'Visited two lunch clubs.', Challenges: 'Many worry about filling in forms online.', Suggestions: 'Make paper questionnaires easy to ask for.' },
      ],
      concernsRaised: [
        { Month: month(-25), Community: 'Older people living alone', Concern: 'Fear that the census is online only.', ActionTaken: 'Paper options explained in the councillors’ briefing.', Resolved: true, ResolvedOn: day(-16) },
        { Month: month(-2), Community: 'Armed forces families', Concern: 'Families posted abroad on census day may be missed.', NextSteps: 'CEM to check the national guidance.', Resolved: false },
      ],
      communityPriorities: template.priorityGrid(communities, ['HMH', 'MHM', 'LHH', 'MHH']),
      recruitmentHelp: [
        { ProposedHelp: 'Share field job adverts with the garrison welfare office', NeededFrom: day(3), Confirmed: 'TBC' },
        { ProposedHelp: 'Jobcentre partnership event in Colliery Fields', NeededFrom: day(21), NeededUntil: day(22), Confirmed: 'Yes' },
      ],
      practicalSupport: [
        { Description: 'Depot space on the moor road for field staff in bad weather', NeededFrom: day(95), NeededUntil: day(130), Confirmed: 'Yes' },
        { Description: 'Council pool cars for the upland round', NeededFrom: day(12), Confirmed: 'TBC', Note: 'Fleet manager to confirm.' },
      ],
      supportCentres: [
        { Centre: 'Harrowgate Library and Information Centre', SharedOn: day(-9) },
        { Centre: 'Colliery Fields Community Centre', SharedOn: day(-9), Notes: 'Step-free access.' },
      ],
      offersOfHelp: [
        { Offer: 'Lunch clubs to hand out paper questionnaire request cards', ActionNeeded: 'CEM to order cards', OfferDate: day(8), Confirmed: 'TBC' },
        { Offer: 'Carers’ centre to book support appointments', OfferDate: day(30), Confirmed: 'Yes' },
      ],
      onlineIdeas: [
        { Idea: 'Tablet loan scheme from the library for the Act Now phase.', LinkedContact: 'Library service', ActionTaken: 'Library checking how many tablets are free.' },
        { Idea: 'Nepali-language help sessions at the association hall.', LinkedContact: 'Bishnu Gurung' },
      ],
      completionFacilities: [
        { Facility: 'Harrowgate Library: help desk every weekday afternoon.', StaffBriefed: 'TBC', NeededFrom: day(106) },
      ],
      supportChecklist: template.checklist(template.SUPPORT_CHECKLIST, ['ynn', 'yyn', 'ynn', 'ynn', 'ynn'], [null, null, 'Refresher in the Address phase', null, null]),
      socialMediaChecklist: template.checklist(template.SOCIAL_MEDIA_CHECKLIST, ['ynn', 'nnn', 'ynn', 'nnn'], [null, 'Comms team to draft a schedule', null, 'Nepali posts with the association']),
      mediaTimescales: template.mediaTimescales([
        ['2 days', '3 weeks', '1 week'],
        ['1 day', '—', '—'],
        ['1 week', '8 weeks', '—'],
      ]),
      pressOffice: [
        { ContactName: 'Eleanor Birch', Position: 'Head of communications', Email: 'press@harrowgatemoor.example' },
        { ContactName: 'Duty press officer', Phone: '01632 962 000' },
      ],
      bespokeCommunications: [
        { Detail: 'Census feature in Moor News', PublishedOn: day(-8), Notes: 'Next article in the Address phase.' },
        { Detail: 'Video of the leader explaining why the census counts', Link: 'https://www.harrowgatemoor.example/census', Evidence: '2,300 views', PublishedOn: day(-2) },
      ],
      suggestedChannels: [
        { Channel: 'Moor News community paper', Justification: 'Delivered free to every home.', ContactDetails: 'editor@moornews.example', ActionTaken: 'Article agreed.' },
        { Channel: 'Garrison welfare newsletter' },
      ],
      qualityAssurance: template.qaAnswers(['Colliery Fields: about 800 homes, phases 1 and 2 occupied.', null, 'Four care homes and the garrison single-living quarters.', 'No changes.']),
      addressIndex: [
        { SharedOn: day(-15), SharedBy: 'Planning', ActionTaken: 'Passed the Colliery Fields phasing plan to the address team.', SharedWith: 'Address team, by email' },
        { SharedOn: day(-1), SharedBy: 'Council tax', ActionTaken: 'Asked for the list of newly banded homes.' },
      ],
      actions: [
        { ActionTitle: 'Order paper questionnaire request cards for lunch clubs', Strand: strandChoice(6), Owner: personValue(SAMPLE_CEM), DueDate: day(2), Status: 'Open', LinkedSection: 'offersOfHelp', LinkedRowKey: key('offersOfHelp', 1), RaisedInMeeting: key('meetings', 2) },
        { ActionTitle: 'Confirm pool cars with the fleet manager', Strand: strandChoice(5), Owner: aclm, DueDate: day(-6), Status: 'Open', LinkedSection: 'practicalSupport', LinkedRowKey: key('practicalSupport', 2), RaisedInMeeting: key('meetings', 1) },
        { ActionTitle: 'Check guidance for families posted abroad', Strand: strandChoice(3), Owner: 'CEM', DueDate: day(-1), Status: 'In progress', LinkedSection: 'concernsRaised', LinkedRowKey: key('concernsRaised', 2) },
        { ActionTitle: 'Share the Colliery Fields completions', Strand: strandChoice(1), Owner: 'ACLM', DueDate: day(-15), Status: 'Done', ClosedOn: day(-15), RaisedInMeeting: key('meetings', 1), ClosedInMeeting: key('meetings', 2) },
        { ActionTitle: 'Draft the social media schedule', Strand: strandChoice(7), Owner: 'Council communications team', DueDate: day(14), Status: 'Open' },
      ],
      meetingNotes: [
        { Note: 'Parish clerks meet monthly: the CEM can speak at the next one.', MeetingKey: key('meetings', 1), AgendaItemTitle: 'Community liaison' },
      ],
      decisions: [
        { DecisionText: 'Paper questionnaire cards go to every lunch club.', MeetingKey: key('meetings', 2), DecidedOn: day(-10), Strand: strandChoice(6) },
        { DecisionText: 'Carers join the agreed top 10.', MeetingKey: key('meetings', 1), DecidedOn: day(-24), Strand: strandChoice(3) },
      ],
      meetings: [
        { MeetingDate: day(-24), Kind: 'Introductory', Attendees: 'Ava Lindqvist, Sofia Marsh, Owen Pritchard', MeetingStatus: 'Closed', Minutes: 'Agreed priorities; digital exclusion first.', NextMeetingDate: day(-10) },
        { MeetingDate: day(-10), Kind: 'Fortnightly review', Attendees: 'Ava Lindqvist, Sofia Marsh', MeetingStatus: 'Closed', Minutes: 'Offers of help and transport reviewed.', NextMeetingDate: day(4) },
        { MeetingDate: day(4), Kind: 'Fortnightly review', Attendees: 'Ava Lindqvist, Sofia Marsh', MeetingStatus: 'Planned', NextMeetingDate: day(18) },
      ],
    },
  };
}
