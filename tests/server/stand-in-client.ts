import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { startStandIn, type RunningStandIn, type StartStandInOptions } from '../../src/server/stand-in';

/** A tiny Graph client for the stand-in tests: real HTTP on 127.0.0.1, JSON in and out. */
export interface GraphAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** Graph JSON, inspected by each test. */
  readonly body: any;
}

export interface CallOptions {
  readonly body?: unknown;
  /** Sign in as this email with a token from the local issuer; default the site's owner, the sample CEM. Null sends none. */
  readonly as?: string | null;
  readonly headers?: Record<string, string>;
}

export interface TestStandIn extends RunningStandIn {
  /** `Authorization` for the site's owner (the sample CEM), for tests that fetch by hand. */
  readonly auth: Readonly<Record<string, string>>;
  call(method: string, path: string, options?: CallOptions): Promise<GraphAnswer>;
  /** `/sites/{site}/lists/{list}` with the list name encoded. */
  listPath(list: string): string;
}

export async function startTestStandIn(options: StartStandInOptions = {}): Promise<TestStandIn> {
  const standIn = await startStandIn({ dbPath: ':memory:', ...options });
  const call = async (method: string, path: string, o: CallOptions = {}): Promise<GraphAnswer> => {
    const url = path.startsWith('http') ? path : `${standIn.graphBaseUrl}${path}`;
    const headers: Record<string, string> = { ...o.headers };
    const as = o.as === undefined ? SAMPLE_CEM.email : o.as;
    if (as && !headers.Authorization) headers.Authorization = `Bearer ${await standIn.tokenFor(as)}`;
    if (o.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    ...standIn,
    auth: { Authorization: `Bearer ${await standIn.tokenFor(SAMPLE_CEM.email)}` },
    call,
    listPath: (list) => `/sites/${encodeURIComponent(standIn.siteId)}/lists/${encodeURIComponent(list)}`,
  };
}

/** Creates a plain test list (not one of the plan's, so no plan permissions apply). */
export async function createTestList(s: TestStandIn, displayName: string, columns: unknown[]): Promise<string> {
  const res = await s.call('POST', `/sites/${s.siteId}/lists`, { body: { displayName, list: { template: 'genericList' }, columns } });
  if (res.status !== 201) throw new Error(`Could not create ${displayName}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}
