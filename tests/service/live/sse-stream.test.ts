import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnyRow } from '../../../src/plan';
import { subscribePlan, type LiveStatus } from '../../../src/lib/live';
import { handleLiveRoute, LiveHub, MemoryBus, type ChangeEventData, type PresenceEventData } from '../../../src/service/live';
import type { RowChange } from '../../../src/storage/port';

/** People by bearer token, and the plans each may read: the service's rights, in miniature. */
const PEOPLE: Record<string, { email: string; displayName: string; plans: string[] }> = {
  cem: { email: 'ava.lindqvist@census.example', displayName: 'Ava Lindqvist', plans: ['kestrel', 'fenmouth'] },
  aclm: { email: 'aclm@kestrel.example', displayName: 'Kestrel ACLM', plans: ['kestrel'] },
};

/** The plan of each row the service knows: its rights' row lookup, in miniature. */
const ROWS: Record<string, string> = { 'meetings/k-m1': 'kestrel', 'meetings/f-m1': 'fenmouth', 'actions/k-a1': 'kestrel', 'actions/f-a1': 'fenmouth', 'offersOfHelp/f-o1': 'fenmouth' };

function decision(id: string): RowChange {
  return { kind: 'upsert', row: { section: 'decisions', planId: 'kestrel', key: `kestrel/d-${id}`, id, etag: `"{1},1"`, modified: '', values: {} } as unknown as AnyRow };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the plan event stream over HTTP', () => {
  let server: http.Server;
  let apiBase: string;
  let hub: LiveHub;
  const sockets = new Set<import('node:net').Socket>();

  beforeEach(async () => {
    hub = new LiveHub({ bus: new MemoryBus() });
    server = http.createServer((req, res) => {
      const token = /^Bearer (\w+)$/.exec(req.headers.authorization ?? '')?.[1];
      const person = token ? PEOPLE[token] : undefined;
      if (!person) {
        res.writeHead(401).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const planOfRow = async (section: string, key: string) => ROWS[`${section}/${key}`];
      void handleLiveRoute(req, res, url, { hub, caller: person, canRead: async (planId) => person.plans.includes(planId), planOfRow }).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });

  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  function follow(token: string, planId = 'kestrel') {
    const seen = { changes: [] as ChangeEventData[], presence: [] as PresenceEventData[], ready: [] as boolean[], denied: [] as number[], status: 'connecting' as LiveStatus };
    const stop = subscribePlan(
      planId,
      {
        onChange: (data) => seen.changes.push(data),
        onPresence: (data) => seen.presence.push(data),
        onReady: (resync) => seen.ready.push(resync),
        onDenied: (status) => seen.denied.push(status),
        onStatus: (status) => (seen.status = status),
      },
      { apiBase, getToken: async () => token, random: () => 0 },
    );
    return { seen, stop };
  }

  it('shows one person’s write and presence to the other person at once', async () => {
    const cem = follow('cem');
    const aclm = follow('aclm');
    await until(() => cem.seen.ready.length === 1 && aclm.seen.ready.length === 1, 'both streams');
    await hub.publishChanges('kestrel', [decision('1')], PEOPLE.cem!);
    const answer = await fetch(`${apiBase}/plans/kestrel/presence`, {
      method: 'POST',
      headers: { Authorization: 'Bearer aclm', 'Content-Type': 'application/json' },
      body: JSON.stringify({ meetingId: 'm1', itemId: 'item-2', activity: 'typing-decision' }),
    });
    expect(answer.status).toBe(204);
    await until(() => aclm.seen.changes.length === 1 && cem.seen.presence.length === 1, 'the change and the presence');
    expect(aclm.seen.changes[0]!.by.email).toBe('ava.lindqvist@census.example');
    // Who is typing comes from the token, not from anything the sender could put in the body.
    expect(cem.seen.presence[0]).toMatchObject({ email: 'aclm@kestrel.example', itemId: 'item-2', activity: 'typing-decision' });
    cem.stop();
    aclm.stop();
  });

  it('reconnects after the connection drops and catches up on what was written meanwhile, without reading the plan again', async () => {
    const aclm = follow('aclm');
    await until(() => aclm.seen.ready.length === 1, 'the stream');
    await hub.publishChanges('kestrel', [decision('1')], PEOPLE.cem!);
    await until(() => aclm.seen.changes.length === 1, 'the first change');
    for (const socket of sockets) socket.destroy();
    await hub.publishChanges('kestrel', [decision('2')], PEOPLE.cem!);
    await until(() => aclm.seen.ready.length === 2, 'the reconnect');
    await hub.publishChanges('kestrel', [decision('3')], PEOPLE.cem!);
    await until(() => aclm.seen.changes.length === 3, 'all three changes');
    const ids = aclm.seen.changes.map((c) => (c.changes[0] as { row: { id: string } }).row.id);
    expect(ids).toEqual(['1', '2', '3']);
    expect(aclm.seen.ready).toEqual([false, false]);
    aclm.stop();
  });

  it('refuses the stream and presence to someone who may not read the plan, and says why', async () => {
    const outsider = follow('aclm', 'fenmouth');
    await until(() => outsider.seen.denied.length === 1, 'the refusal');
    expect(outsider.seen.denied).toEqual([404]);
    expect(outsider.seen.status).toBe('stopped');
    const presence = await fetch(`${apiBase}/plans/fenmouth/presence`, { method: 'POST', headers: { Authorization: 'Bearer aclm' }, body: '{}' });
    expect(presence.status).toBe(404);
    expect((await presence.json()).error.code).toBe('itemNotFound');
  });

  it('answers a bad presence message with 400 naming what is wrong', async () => {
    const post = (body: string) => fetch(`${apiBase}/plans/kestrel/presence`, { method: 'POST', headers: { Authorization: 'Bearer cem' }, body });
    const cases: [string, RegExp][] = [
      ['{nope', /not valid JSON/],
      [JSON.stringify({ activity: 'dancing' }), /"activity" must be one of/],
      [JSON.stringify({ email: 'someone@else.example' }), /Unknown field: email/],
      [JSON.stringify({ itemId: '<img src=x>' }), /"itemId" must be text/],
      [JSON.stringify({ currentItemId: 'i1' }), /needs the "meetingId"/],
    ];
    for (const [body, message] of cases) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect((await answer.json()).error.message).toMatch(message);
    }
    expect((await post(JSON.stringify({ itemId: 'x'.repeat(5000) }))).status).toBe(413);
  });

  it("refuses presence that points into another plan, even from the CEM who reads both, and passes nothing on", async () => {
    const cem = follow('cem');
    await until(() => cem.seen.ready.length === 1, 'the stream');
    const post = (body: unknown) => fetch(`${apiBase}/plans/kestrel/presence`, { method: 'POST', headers: { Authorization: 'Bearer cem' }, body: JSON.stringify(body) });
    const cases: [unknown, string, RegExp][] = [
      [{ meetingId: 'f-m1' }, 'meetingNotInPlan', /^"meetingId": "f-m1" is not a meeting of this plan/],
      [{ meetingId: 'k-m1', itemId: 'action:f-a1' }, 'rowNotInPlan', /^"itemId": "action:f-a1" is about a row of another plan/],
      [{ meetingId: 'k-m1', currentItemId: 'offer:f-o1' }, 'rowNotInPlan', /^"currentItemId": "offer:f-o1" is about a row of another plan/],
      // The pointer moves on a meeting that is there: the app moves it by writing that meeting's row.
      [{ meetingId: 'just-linked', currentItemId: 'strand:4' }, 'meetingNotInPlan', /^"meetingId": "just-linked" is not a meeting of this plan/],
    ];
    for (const [body, code, message] of cases) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect((await answer.json()).error).toEqual({ code, message: expect.stringMatching(message) });
    }
    // The plan's own meeting and rows; a meeting or row no one has yet (linked a moment ago); items that name no row.
    for (const body of [{ meetingId: 'k-m1', itemId: 'action:k-a1', currentItemId: 'action:k-a1' }, { meetingId: 'just-linked', itemId: 'concern:new' }, { meetingId: 'k-m1', currentItemId: 'strand:4' }]) {
      expect((await post(body)).status).toBe(204);
    }
    await until(() => cem.seen.presence.length === 3, 'the three accepted messages');
    expect(cem.seen.presence.map((p) => p.meetingId)).toEqual(['k-m1', 'just-linked', 'k-m1']);
    cem.stop();
  });
});
