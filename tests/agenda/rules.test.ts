import { proposeAgenda, type Agenda } from '../../src/agenda';
import { action, concern, makePlan, meeting, MEETING, priority, row, strand } from './plan-factory';
import { english, inEnglish } from './english';

const kindIds = (agenda: Agenda, kind: string) => agenda.items.filter((i) => i.kind === kind).map((i) => i.id);
const propose = (rows: Parameters<typeof makePlan>[1], header = {}) => proposeAgenda({ plan: makePlan(header, rows), meetingDate: MEETING });

describe('concerns raised by the council', () => {
  it('lists unresolved concerns in plan order and leaves out resolved ones', () => {
    const agenda = propose([
      concern('c2', {}, { order: 2 }),
      concern('c-resolved', { Resolved: true }, { order: 0 }),
      concern('c1', { Resolved: null }, { order: 1 }),
    ]);
    expect(kindIds(agenda, 'concern')).toEqual(['concern:c1', 'concern:c2']);
  });

  it('breaks a tie of order by row key', () => {
    const agenda = propose([concern('zeta', {}, { order: 5 }), concern('alpha', {}, { order: 5 })]);
    expect(kindIds(agenda, 'concern')).toEqual(['concern:alpha', 'concern:zeta']);
  });

  it('names the community and the month it was raised', () => {
    const agenda = propose([concern('c1', { Community: 'Boat dwellers', Concern: 'Post does not reach moorings', Month: 'December 2030' })]);
    expect(inEnglish(agenda.items[0])).toMatchObject({
      title: 'Concern (Boat dwellers): Post does not reach moorings',
      reason: 'Raised by the council in December 2030 and not yet resolved.',
      minutes: 5,
      strand: 3,
    });
  });
});

describe('offers and support needed before the next meeting', () => {
  const recruitment = (key: string, values: Record<string, string | null>) =>
    row('recruitmentHelp', key, { ProposedHelp: `Help ${key}`, ...values });

  it.each([
    ['needed before the next meeting, not confirmed', true, { NeededFrom: '2031-02-10' }],
    ['needed on the next meeting day', false, { NeededFrom: '2031-02-16' }],
    ['needed after the next meeting', false, { NeededFrom: '2031-03-01' }],
    ['already needed and marked TBC', true, { NeededFrom: '2031-01-20', NeededUntil: '2031-02-20', Confirmed: 'TBC' }],
    ['needed in the past, never confirmed', true, { NeededFrom: '2031-01-10', Confirmed: 'No' }],
    ['with no date needed (TBC)', true, { Confirmed: 'TBC' }],
    ['confirmed', false, { NeededFrom: '2031-02-10', Confirmed: 'Yes' }],
  ])('an offer %s is listed: %s', (_case, listed, values) => {
    expect(kindIds(propose([recruitment('r1', values)]), 'offer')).toEqual(listed ? ['offer:r1'] : []);
  });

  it.each([
    ['recruitmentHelp', { ProposedHelp: 'Jobs fair stand', NeededFrom: '2031-02-10' }, 'Recruitment help: Jobs fair stand', 4],
    ['practicalSupport', { Description: 'Parking at the depot', NeededFrom: '2031-02-10' }, 'Practical support: Parking at the depot', 5],
    ['offersOfHelp', { Offer: 'Posts on the residents page', OfferDate: '2031-02-10' }, 'Offer of help: Posts on the residents page', 6],
    ['completionFacilities', { Facility: 'Library help desk', NeededFrom: '2031-02-10', StaffBriefed: 'TBC' }, 'Completion facility: Library help desk', 6],
  ] as const)('reads offers from %s', (section, values, title, strandId) => {
    const agenda = propose([row(section, 'o1', values)]);
    expect(inEnglish(agenda.items[0])).toMatchObject({ id: 'offer:o1', kind: 'offer', title, strand: strandId, rows: [{ section, key: 'o1' }] });
  });

  it('counts a completion facility as confirmed once the CEM has briefed staff', () => {
    const agenda = propose([row('completionFacilities', 'f1', { Facility: 'Library', NeededFrom: '2031-02-10', StaffBriefed: 'Yes' })]);
    expect(kindIds(agenda, 'offer')).toEqual([]);
  });

  it('orders offers by date needed across tables, undated last, ties by title then key', () => {
    const agenda = propose([
      row('practicalSupport', 'p-undated', { Description: 'Room' }),
      row('offersOfHelp', 'o-b', { Offer: 'Same', OfferDate: '2031-02-05' }),
      recruitment('r-late', { NeededFrom: '2031-02-12' }),
      row('offersOfHelp', 'o-a', { Offer: 'Same', OfferDate: '2031-02-05' }),
      row('practicalSupport', 'p-early', { Description: 'Van', NeededFrom: '2031-01-30' }),
    ]);
    expect(kindIds(agenda, 'offer')).toEqual(['offer:p-early', 'offer:o-a', 'offer:o-b', 'offer:r-late', 'offer:p-undated']);
  });

  it.each([
    ['needed soon', { NeededFrom: '2031-02-10' }, 'Needed from 10 Feb 2031, before the next meeting on 16 Feb 2031, and not confirmed.'],
    ['needed now', { NeededFrom: '2031-01-28', NeededUntil: '2031-02-04', Confirmed: 'TBC' }, 'Needed now (from 28 Jan 2031) and still to be confirmed (TBC).'],
    ['past its date', { NeededFrom: '2031-01-10', Confirmed: 'No' }, 'It was needed by 10 Jan 2031 and is marked as not confirmed: re-date or drop it.'],
    ['undated', {}, 'No date needed is recorded and it is not confirmed: agree a date.'],
  ])('explains an offer that is %s', (_case, values, reason) => {
    expect(inEnglish(propose([recruitment('r1', values)]).items[0])?.reason).toBe(reason);
  });
});

describe('strands by local priority', () => {
  it('orders strands High, Medium, Low, then not ranked, ties by strand number', () => {
    const agenda = propose([
      priority(2, 'Low'),
      priority(7, 'High'),
      priority(4, 'High'),
      priority(1, 'Medium'),
      ...[1, 2, 4, 5, 7].map((s) => action(`a${s}`, { Strand: strand(s as 1) })),
    ]);
    expect(kindIds(agenda, 'strand')).toEqual(['strand:4', 'strand:7', 'strand:1', 'strand:2', 'strand:5']);
  });

  it('keeps a High strand with nothing open and leaves out a quiet Medium or Low one', () => {
    const agenda = propose([priority(3, 'High'), priority(5, 'Medium'), priority(8, 'Low')]);
    expect(kindIds(agenda, 'strand')).toEqual(['strand:3']);
    expect(inEnglish(agenda.items.find((i) => i.id === 'strand:3'))?.reason).toBe('High local priority, but nothing is open: agree what to do next.');
  });

  it("counts a strand's open items and links to its priority row and what is not listed above it", () => {
    const rank = priority(3, 'Medium');
    const agenda = propose([
      rank,
      action('late', { Strand: strand(3), DueDate: '2031-01-01' }),
      action('fine', { Strand: strand(3), DueDate: '2031-05-01' }),
      action('done', { Strand: strand(3), Status: 'Done' }),
      concern('worry'),
    ]);
    const item = agenda.items.find((i) => i.id === 'strand:3');
    expect(inEnglish(item)).toMatchObject({
      title: 'Strand 3: Community liaison (Medium priority)',
      reason: 'Medium local priority, with 2 open actions (1 overdue) and 1 unresolved concern.',
      minutes: 3,
    });
    // Both actions have items of their own above the strand: it does not list them again.
    expect(item?.rows.map((r) => r.key)).toEqual([rank.key, 'worry']);
  });

  it('links a strand to its actions that were left for the next meeting, and only those', () => {
    const agenda = proposeAgenda({
      plan: makePlan({}, [priority(3, 'High'), action('first', { Strand: strand(3), DueDate: '2031-01-01' }), action('second', { Strand: strand(3), DueDate: '2031-01-02' })]),
      meetingDate: MEETING,
      targetMinutes: 2,
    });
    expect(agenda.items.map((i) => i.id)).toEqual(['action:first']);
    expect(agenda.later?.map((i) => i.id)).toEqual(['action:second', 'strand:3', 'plan:unsigned']);
    const strandRows = agenda.later![1]!.rows.map((r) => r.key);
    expect(strandRows).toContain('second');
    expect(strandRows).not.toContain('first');
  });

  it('counts an action due on the meeting day as open but not yet overdue', () => {
    const agenda = propose([
      priority(4, 'Low'),
      action('today', { Strand: strand(4), DueDate: MEETING }),
      action('yesterday', { Strand: strand(4), DueDate: '2031-02-01' }),
      action('undated', { Strand: strand(4) }),
    ]);
    expect(inEnglish(agenda.items.find((i) => i.id === 'strand:4'))?.reason).toBe('Low local priority, with 3 open actions (1 overdue).');
  });

  it('asks for a priority for a strand with open items that is not ranked', () => {
    const agenda = propose([row('practicalSupport', 'p1', { Description: 'Room', NeededFrom: '2031-06-01' })]);
    expect(inEnglish(agenda.items.find((i) => i.id === 'strand:5'))).toMatchObject({
      title: 'Strand 5: Practical support (not ranked)',
      reason: 'Not yet ranked, with 1 offer not confirmed: agree its local priority.',
      minutes: 2,
    });
  });

  it.each([
    ['High', 5],
    ['Medium', 3],
    ['Low', 2],
  ] as const)('gives a %s strand %i minutes', (level, minutes) => {
    const agenda = propose([priority(6, level), action('a', { Strand: strand(6) })]);
    expect(agenda.items.find((i) => i.id === 'strand:6')?.minutes).toBe(minutes);
  });
});

describe('media checklist gaps for the current phase', () => {
  const tick = (key: string, ticks: Record<string, boolean>, section: 'supportChecklist' | 'socialMediaChecklist' = 'supportChecklist') =>
    row(section, key, { Item: `Item ${key}`, Announce: false, Address: false, ActNow: false, ...ticks });

  it.each([
    ['2031-01-04', 'Preparation', []],
    ['2031-01-05', 'Announce', ['none', 'addr-only']],
    ['2031-02-16', 'Address', ['none', 'announce-only', 'addr-only']],
    ['2031-03-09', 'ActNow', ['none', 'announce-only', 'first-two', 'addr-only']],
  ])('on %s (%s) lists the items missing a tick for that phase or an earlier one, support checklist first', (date, stage, keys) => {
    const plan = makePlan({}, [
      tick('none', {}),
      tick('announce-only', { Announce: true }),
      tick('addr-only', { Address: true }, 'socialMediaChecklist'),
      tick('first-two', { Announce: true, Address: true }),
      tick('all', { Announce: true, Address: true, ActNow: true }),
    ]);
    const agenda = proposeAgenda({ plan, meetingDate: date });
    expect(agenda.phase).toBe(stage);
    const item = agenda.items.find((i) => i.kind === 'checklist');
    expect(item?.rows.map((r) => r.key) ?? []).toEqual(keys);
    if (item) expect(item.id).toBe(`checklist:${stage}`);
  });

  it('says when the phase started', () => {
    const agenda = proposeAgenda({ plan: makePlan({}, [tick('none', {})]), meetingDate: '2031-02-20' });
    expect(inEnglish(agenda.items.find((i) => i.kind === 'checklist'))).toMatchObject({
      title: 'Media checklist gaps for the Address phase (1)',
      reason: 'The Address phase started on 16 Feb 2031 and 1 checklist item is not ticked for it or an earlier phase.',
    });
  });
});

describe('community updates since the previous meeting', () => {
  const last = meeting('m-jan', '2031-01-19');
  const update = (key: string, date: string, community: string, created = `${date}T10:00:00Z`) =>
    row('communityUpdates', key, { UpdateDate: date, Community: community }, { created });

  it('lists updates dated or written after the previous meeting, by date then community', () => {
    const plan = makePlan({}, [
      update('seen', '2031-01-10', 'Students'),
      update('same-day', '2031-01-19', 'Students'),
      update('new-b', '2031-01-28', 'Students'),
      update('new-a', '2031-01-28', 'Boat dwellers'),
      update('backdated', '2031-01-12', 'Older residents', '2031-01-22T08:00:00Z'),
    ]);
    const item = proposeAgenda({ plan, meetingDate: MEETING, previousMeeting: last }).items.find((i) => i.kind === 'updates');
    expect(item?.rows.map((r) => r.key)).toEqual(['backdated', 'new-a', 'new-b']);
    expect(inEnglish(item)).toMatchObject({
      title: 'Community updates (3)',
      reason: '3 community updates added since the last meeting on 19 Jan 2031: Older residents, Boat dwellers and Students.',
      minutes: 5,
    });
  });

  it('takes every update at a first meeting', () => {
    const plan = makePlan({}, [update('u1', '2030-11-01', 'Students')]);
    expect(inEnglish(proposeAgenda({ plan, meetingDate: MEETING }).items.find((i) => i.kind === 'updates'))?.reason).toBe(
      '1 community update to go through at this first meeting: Students.',
    );
  });

  it('has no updates item when nothing is new', () => {
    const plan = makePlan({}, [update('old', '2031-01-02', 'Students')]);
    expect(kindIds(proposeAgenda({ plan, meetingDate: MEETING, previousMeeting: last }), 'updates')).toEqual([]);
  });
});

describe('plan changes and signatures', () => {
  const signed = { AclmSignedBy: 'Sam Okafor', AclmSignedOn: '2031-01-10', ClmSignedBy: 'Ruth Abara', ClmSignedOn: '2031-01-12' };
  const contact = (key: string, modified: string) =>
    row('keyContacts', key, { ContactName: `Contact ${key}` }, { modified: `${modified}T11:00:00Z` });

  it('counts rows changed since the plan was last signed, per section, leaving out meeting records', () => {
    const agenda = propose(
      [
        contact('before', '2031-01-12'),
        contact('after-1', '2031-01-13'),
        contact('after-2', '2031-01-30'),
        concern('c1', {}, { modified: '2031-01-20T09:00:00Z' }),
        action('a1', {}, { modified: '2031-01-30T09:00:00Z' }),
      ],
      signed,
    );
    const item = agenda.items.find((i) => i.id === 'plan:changes');
    expect(item?.rows.map((r) => r.key)).toEqual(['after-1', 'after-2', 'c1']);
    expect(inEnglish(item)?.reason).toBe(
      'Changed since the plan was last signed on 12 Jan 2031: Key contacts (2) and Concerns raised by the council (1). Agree whether to share it again or ask for it to be signed again.',
    );
    expect(kindIds(agenda, 'plan-unsigned')).toEqual([]);
  });

  it('names five sections and counts the rest together', () => {
    const sections = ['keyContacts', 'internalPromotion', 'areaProfileReview', 'localChallenges', 'otherGroups', 'agreedTopTen', 'addressIndex'] as const;
    const rows = sections.map((section, i) => row(section, `changed-${i}`, {}, { modified: '2031-01-20T09:00:00Z' }));
    const reason = inEnglish(propose(rows, signed).items.find((i) => i.id === 'plan:changes'))?.reason;
    expect(reason).toBe(
      'Changed since the plan was last signed on 12 Jan 2031: Key contacts (1), Internal census promotion and briefings (1), Area profile review (1), Local information and challenges (1), Other groups in the area (1) and 2 other sections (2). Agree whether to share it again or ask for it to be signed again.',
    );
  });

  it('counts from when it was last shared, when that is later than the signatures', () => {
    const agenda = propose([contact('c', '2031-01-20'), contact('d', '2031-01-26')], { ...signed, LastSharedOn: '2031-01-25' });
    expect(inEnglish(agenda.items.find((i) => i.id === 'plan:changes'))).toMatchObject({ title: 'Plan changes since it was shared (1)' });
  });

  it.each([
    ['no signature', {}, 'The ACLM and the CLM have not signed the plan yet.'],
    ['only the ACLM signed', { AclmSignedBy: 'Sam Okafor', AclmSignedOn: '2031-01-10' }, 'The CLM has not signed the plan yet. The ACLM signed on 10 Jan 2031.'],
    ['only the CLM signed, undated', { ClmSignedBy: 'Ruth Abara' }, 'The ACLM has not signed the plan yet. The CLM signed.'],
    ['no CLM named, nobody signed', { Clm: null }, 'The ACLM has not signed the plan yet.'],
  ])('flags an unsigned plan: %s', (_case, header, reason) => {
    const agenda = propose([], header);
    expect(inEnglish(agenda.items.find((i) => i.id === 'plan:unsigned'))).toMatchObject({ reason, rows: [{ section: 'plan', key: 'kestrel-vale' }] });
  });

  it('needs only the ACLM when the plan names no CLM', () => {
    const agenda = propose([], { Clm: null, AclmSignedBy: 'Sam Okafor', AclmSignedOn: '2031-01-10' });
    expect(kindIds(agenda, 'plan-unsigned')).toEqual([]);
  });
});

describe('an empty plan', () => {
  it('gets only the reminder to sign it', () => {
    const agenda = proposeAgenda({ plan: makePlan({ AnnounceFrom: null, AddressFrom: null, ActNowFrom: null }), meetingDate: MEETING });
    expect(agenda).toMatchObject({ phase: 'Preparation', nextMeetingDate: '2031-02-16', totalMinutes: 2, notes: [] });
    expect(agenda.items.map((i) => i.id)).toEqual(['plan:unsigned']);
  });
});

describe('the order of the whole agenda', () => {
  it('runs actions, concerns, offers, strands, checklist, updates, then the plan itself', () => {
    const agenda = propose([
      row('communityUpdates', 'u1', { UpdateDate: '2031-01-30', Community: 'Students' }),
      row('supportChecklist', 'k1', { Item: 'Website', Announce: false }),
      priority(4, 'High'),
      row('recruitmentHelp', 'r1', { ProposedHelp: 'Jobs fair', NeededFrom: '2031-02-10' }),
      concern('c1'),
      action('a1', { DueDate: '2031-02-09' }),
    ]);
    expect(agenda.items.map((i) => i.kind)).toEqual([
      'action',
      'concern',
      'offer',
      'strand',
      'strand',
      'checklist',
      'updates',
      'plan-unsigned',
    ]);
    expect(agenda.totalMinutes).toBe(agenda.items.reduce((sum, i) => sum + i.minutes, 0));
  });
});
