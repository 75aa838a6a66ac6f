import type { AnyRow } from '../../src/plan';
import { digestFromJson } from '../../src/service/notifications/digest';
import { createNotifier, DIGEST_LIMIT, MemoryDigest, MemoryPreferences, notificationsForWrite, type PlanNotification } from '../../src/service/notifications';

const people = { Cem: 'Ava Lindqvist <ava@census.example>', Aclm: 'Sam Okafor <sam@council.example>', Clm: 'Ruth Abara <ruth@council.example>' };
const sam = { email: 'sam@council.example', displayName: 'Sam Okafor' };
const ava = { email: 'ava@census.example', displayName: 'Ava Lindqvist' };

const action = (owner: string | null): AnyRow =>
  ({ section: 'actions', key: 'a1', id: '1', planId: 'p', order: 1, values: { ActionTitle: 'Book the hall', Owner: owner, Status: 'Open' } }) as unknown as AnyRow;

describe('who is nudged about a write', () => {
  it('nudges an action’s new owner, not its writer, and not again when the owner stays', () => {
    expect(notificationsForWrite('p', people, { after: action('Ava Lindqvist <ava@census.example>') }, sam)).toEqual([
      expect.objectContaining({ kind: 'actionAssigned', to: 'ava@census.example', rowKey: 'a1', about: 'Book the hall' }),
    ]);
    expect(notificationsForWrite('p', people, { after: action('Sam Okafor <sam@council.example>') }, sam)).toEqual([]);
    expect(notificationsForWrite('p', people, { before: action('Ava <ava@census.example>'), after: action('Ava Lindqvist <ava@census.example>') }, sam)).toEqual([]);
    expect(notificationsForWrite('p', people, { after: action('ACLM') }, ava)).toEqual([]);
  });

  it('nudges the CEM when the council raises a concern', () => {
    const concern = { section: 'concernsRaised', key: 'c1', id: '2', planId: 'p', order: 1, values: { Month: 'March 2027', Concern: 'No hall' } } as unknown as AnyRow;
    expect(notificationsForWrite('p', people, { after: concern }, sam)).toEqual([expect.objectContaining({ kind: 'concernRaised', to: 'ava@census.example' })]);
  });

  it('asks a signer to sign again when the other signer’s signature on changed words lapsed theirs', () => {
    const header = (values: Record<string, unknown>): AnyRow =>
      ({ section: 'plan', key: 'p', id: '3', planId: 'p', order: 0, values: { CouncilName: 'Kestrel Vale', ...people, ...values } }) as unknown as AnyRow;
    const ruth = { email: 'ruth@council.example', displayName: 'Ruth Abara' };
    const sign = { ClmSignedBy: 'Ruth Abara <ruth@council.example>', ClmSignedOn: '2031-01-10' };
    const lapsed = notificationsForWrite('p', people, { before: header({ AclmSignedBy: 'Sam Okafor <sam@council.example>' }), after: header(sign) }, ruth);
    expect(lapsed).toEqual([expect.objectContaining({ kind: 'signatureRequested', to: 'sam@council.example', section: 'plan', about: 'Kestrel Vale' })]);
    // Signing beside a signature that stands asks nobody.
    const both = { AclmSignedBy: 'Sam Okafor <sam@council.example>', ...sign };
    expect(notificationsForWrite('p', people, { before: header({ AclmSignedBy: both.AclmSignedBy }), after: header(both) }, ruth)).toEqual([]);
  });
});

describe('sending nudges', () => {
  const note: PlanNotification = { kind: 'actionAssigned', to: 'ava@census.example', planId: 'p', section: 'actions', rowKey: 'a1', about: 'Book the hall', by: sam };

  function setup() {
    const posts: { path: string; body: any }[] = [];
    const preferences = new MemoryPreferences();
    const digest = new MemoryDigest();
    const notifier = createNotifier({
      post: async (path, body) => void posts.push({ path, body }),
      preferences,
      digest,
      reachable: (email) => email.endsWith('@census.example'),
      planTitle: () => 'Fenmouth Borough Council',
      link: () => 'https://teams.microsoft.com/l/entity/app/tab',
    });
    return { posts, preferences, digest, notifier };
  }

  it('posts sendActivityNotification for the recipient with the manifest’s activity type', async () => {
    const { posts, notifier } = setup();
    expect(await notifier.notify([note])).toEqual(['sent']);
    expect(posts[0]?.path).toBe('/users/ava%40census.example/teamwork/sendActivityNotification');
    expect(posts[0]?.body).toMatchObject({
      activityType: 'actionAssigned',
      topic: { source: 'text', value: 'Fenmouth Borough Council', webUrl: 'https://teams.microsoft.com/l/entity/app/tab' },
      previewText: { content: 'Book the hall' },
    });
  });

  it('sends nothing of a kind someone turned off, and the other kinds still', async () => {
    const { posts, preferences, notifier } = setup();
    await preferences.setOff('AVA@census.example', 'actionAssigned', true);
    expect(await notifier.notify([note, { ...note, kind: 'concernRaised' }])).toEqual(['off', 'sent']);
    expect(posts).toHaveLength(1);
  });

  it('keeps a digest for someone in another tenant instead of posting', async () => {
    const { posts, digest, notifier } = setup();
    expect(await notifier.notify([{ ...note, to: 'ruth@council.example' }])).toEqual(['digest']);
    expect(posts).toHaveLength(0);
    const kept = await digest.read('ruth@council.example');
    expect(kept).toEqual([expect.objectContaining({ id: expect.any(String), kind: 'actionAssigned', about: 'Book the hall' })]);
    expect(await digest.read('RUTH@council.example')).toEqual(kept);
  });

  it('keeps each person at most DIGEST_LIMIT nudges, dropping the oldest, and forgets only what was seen', async () => {
    const { digest, notifier } = setup();
    const ruth = { ...note, to: 'ruth@council.example' };
    await notifier.notify(Array.from({ length: DIGEST_LIMIT + 2 }, (_, i) => ({ ...ruth, about: `Task ${i}` })));
    const kept = await digest.read(ruth.to);
    expect(kept).toHaveLength(DIGEST_LIMIT);
    expect(kept[0]?.about).toBe('Task 2');
    expect(new Set(kept.map((n) => n.id)).size).toBe(DIGEST_LIMIT);
    await notifier.notify([{ ...note, to: 'sam@council.example' }]);
    await digest.seen(ruth.to, [kept[0]!.id, 'unknown']);
    expect((await digest.read(ruth.to)).map((n) => n.about)).toEqual(kept.slice(1).map((n) => n.about));
    expect(await digest.read('sam@council.example')).toHaveLength(1);
  });
});

describe('the stored digest', () => {
  it('gives nudges kept before they had ids the same id at every read, and drops what it cannot read', () => {
    const old = JSON.stringify([{ kind: 'actionAssigned', to: 'ruth@council.example', planId: 'p', section: 'actions', rowKey: 'a1', about: 'Book the hall', by: { email: 'sam@council.example', displayName: 'Sam' } }, { kind: 'everything', to: 'ruth@council.example' }]);
    const first = digestFromJson(old);
    expect(first).toEqual([expect.objectContaining({ rowKey: 'a1', id: expect.stringMatching(/^kept-/) })]);
    expect(digestFromJson(old)).toEqual(first);
    expect(digestFromJson(JSON.stringify(first))).toEqual(first);
    expect(digestFromJson('not json')).toEqual([]);
  });
});
