import { randomUUID } from 'node:crypto';
import type { RouteHandler, StandInRequest, StandInServices } from '../http/context';
import { GraphHttpError, graphErrorReply, json, type Reply } from '../http/reply';
import { appIdOf, graphCost } from '../metering';

/**
 * JSON batching (`POST /$batch`) as Graph does it: at most 20 requests with unique ids,
 * `dependsOn` runs after its dependencies (424 when one failed), each inner request is throttled
 * on its own, the outer answer is 200 and the answers come back in any order.
 */
export const MAX_BATCH_REQUESTS = 20;

interface InnerRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
  readonly dependsOn: readonly string[];
}

const bad = (message: string) => new GraphHttpError(400, 'BadRequest', message);
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

function parseRequests(body: unknown): InnerRequest[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw bad('Invalid batch payload format: "requests" must be a non-empty array.');
  if (requests.length > MAX_BATCH_REQUESTS) throw bad(`The number of requests in a batch must not exceed ${MAX_BATCH_REQUESTS}.`);
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown): InnerRequest => {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (typeof r.id !== 'string' || !r.id) throw bad('Every request in a batch needs an "id".');
    if (seen.has(r.id)) throw bad(`Batch request ids must be unique; "${r.id}" appears twice.`);
    seen.add(r.id);
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!METHODS.includes(method)) throw bad(`Request "${r.id}" has an invalid method.`);
    if (typeof r.url !== 'string' || /^[a-z]+:\/\//i.test(r.url)) throw bad(`Request "${r.id}" needs a url relative to the Graph root.`);
    // Graph runs no batch inside a batch; refusing the whole envelope up front means nothing runs and nothing piles up.
    if (/^\/?\$batch(?:[/?#]|$)/i.test(r.url.trim())) throw bad(`Request "${r.id}" is a $batch: nested batch requests are not supported.`);
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) throw bad(`Request "${r.id}": dependsOn must list ids.`);
    const headers = Object.fromEntries(Object.entries((r.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    return { id: r.id, method, url: r.url, headers, body: r.body, dependsOn };
  });
  for (const r of parsed) {
    for (const d of r.dependsOn) if (!seen.has(d) || d === r.id) throw bad(`Request "${r.id}" depends on "${d}", which is not in the batch.`);
  }
  return inDependencyOrder(parsed);
}

function inDependencyOrder(requests: InnerRequest[]): InnerRequest[] {
  const done = new Set<string>();
  const ordered: InnerRequest[] = [];
  while (ordered.length < requests.length) {
    const ready = requests.filter((r) => !done.has(r.id) && r.dependsOn.every((d) => done.has(d)));
    if (ready.length === 0) throw bad('The dependsOn of this batch form a cycle.');
    for (const r of ready) {
      done.add(r.id);
      ordered.push(r);
    }
  }
  return ordered;
}

function innerRequest(outer: StandInRequest, r: InnerRequest): StandInRequest {
  const url = new URL(r.url.startsWith('/') ? r.url : `/${r.url}`, 'http://batch.invalid');
  return {
    ...outer,
    method: r.method,
    path: url.pathname,
    query: url.searchParams,
    headers: { ...r.headers, authorization: outer.headers.authorization },
    body: r.body,
    rawBody: Buffer.from(r.body === undefined ? '' : JSON.stringify(r.body)),
  };
}

function runOne(outer: StandInRequest, r: InnerRequest, failed: ReadonlySet<string>, services: StandInServices, run: Dispatch): Reply {
  const requestId = randomUUID();
  if (r.dependsOn.some((d) => failed.has(d))) {
    return graphErrorReply(new GraphHttpError(424, 'FailedDependency', 'The request could not be run because a request it depends on failed.'), requestId);
  }
  if (r.body !== undefined && !r.headers['content-type']) {
    return graphErrorReply(bad('A batch request with a body must have a Content-Type header.'), requestId);
  }
  const inner = innerRequest(outer, r);
  const metered = services.meter.charge(appIdOf(outer.headers.authorization), graphCost(inner.method, inner.path, inner.query));
  const throttled = metered.refusal ?? services.faults.throttle();
  if (throttled) return graphErrorReply(throttled, requestId);
  const reply = run(inner, services);
  return { ...reply, headers: { ...metered.headers, ...reply.headers } };
}

type Dispatch = (req: StandInRequest, services: StandInServices) => Reply;

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The `$batch` route, running inner requests through the same dispatcher as HTTP requests. */
export function createBatchHandler(run: Dispatch): RouteHandler {
  return (req, _params, services) => {
    const failed = new Set<string>();
    const responses = parseRequests(req.body).map((r) => {
      const reply = runOne(req, r, failed, services, run);
      if (reply.status >= 400) failed.add(r.id);
      const headers = { ...(reply.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...reply.headers };
      return { id: r.id, status: reply.status, headers, ...(reply.body !== undefined ? { body: reply.body } : {}) };
    });
    return json(200, { responses: shuffled(responses) });
  };
}
