import type { IncomingMessage } from 'node:http';
import { ROW_SECTIONS, type SectionId } from '../../plan';
import type { RowValues } from '../../storage/port';
import { refuse } from '../http/api-error';
import { DOCUMENT_LIMIT_BYTES, readBytes, readJsonObject } from '../http/json';
import type { Principal } from '../identity/principal';
import type { PlanService } from '../plan-service';

/** What a route answers: a status and a JSON body (none for 204). */
export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface RouteCall {
  readonly req: IncomingMessage;
  readonly url: URL;
  readonly params: readonly string[];
  readonly principal: Principal;
  readonly service: PlanService;
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly run: (call: RouteCall) => Promise<Answer>;
}

const SEGMENT = '([^/]+)';
const ok = (body: unknown, status = 200): Answer => ({ status, body });

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') throw refuse.badRequest(`"${name}" is required and must be text.`);
  return value;
}

function values(body: Record<string, unknown>, name: string): RowValues {
  const value = body[name] ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse.badRequest(`"${name}" must be an object of field values.`);
  return value as RowValues;
}

function order(body: Record<string, unknown>): number | undefined {
  const value = body.order;
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse.badRequest('"order" must be a number.');
  return value;
}

function ifMatch(req: IncomingMessage): string | undefined {
  const value = req.headers['if-match'];
  return typeof value === 'string' && value !== '*' ? value : undefined;
}

function sectionsParam(url: URL): SectionId[] {
  const asked = url.searchParams.get('sections');
  if (!asked) return ['plan', ...ROW_SECTIONS.map((s) => s.id)];
  const ids = asked.split(',');
  const unknown = ids.find((id) => id !== 'plan' && !ROW_SECTIONS.some((s) => s.id === id));
  if (unknown) throw refuse.badRequest(`There is no section "${unknown}".`);
  return ids as SectionId[];
}

/** The plan service's API under /api/v1 (see README: "The plan service"). */
export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: /^\/me$/, run: async (c) => ok(c.service.me(c.principal)) },
  {
    method: 'GET',
    pattern: /^\/changes$/,
    run: async (c) => ok(await c.service.siteChanges(c.principal, sectionsParam(c.url), c.url.searchParams.get('cursor') ?? undefined)),
  },
  { method: 'GET', pattern: /^\/plans$/, run: async (c) => ok(await c.service.listPlans(c.principal)) },
  {
    method: 'POST',
    pattern: /^\/plans$/,
    run: async (c) => {
      const body = await readJsonObject(c.req);
      return ok(await c.service.createPlan(c.principal, { council: text(body, 'council'), census: text(body, 'census'), values: values(body, 'values') }), 201);
    },
  },
  { method: 'GET', pattern: new RegExp(`^/plans/${SEGMENT}$`), run: async (c) => ok(await c.service.loadPlan(c.principal, c.params[0]!)) },
  {
    method: 'GET',
    pattern: new RegExp(`^/plans/${SEGMENT}/changes$`),
    run: async (c) => ok(await c.service.changes(c.principal, c.params[0]!, sectionsParam(c.url), c.url.searchParams.get('cursor') ?? undefined)),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/plans/${SEGMENT}/sections/${SEGMENT}/rows$`),
    run: async (c) => {
      const body = await readJsonObject(c.req);
      const row = await c.service.createRow(c.principal, c.params[0]!, c.params[1]!, { key: text(body, 'key'), values: values(body, 'values'), order: order(body) });
      return ok(row, 201);
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^/plans/${SEGMENT}/sections/${SEGMENT}/rows/${SEGMENT}$`),
    run: async (c) => {
      const body = await readJsonObject(c.req);
      return ok(await c.service.updateRow(c.principal, c.params[0]!, c.params[1]!, c.params[2]!, ifMatch(c.req), values(body, 'changes')));
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/plans/${SEGMENT}/sections/${SEGMENT}/rows/${SEGMENT}$`),
    run: async (c) => {
      await c.service.deleteRow(c.principal, c.params[0]!, c.params[1]!, c.params[2]!, ifMatch(c.req));
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/plans/${SEGMENT}/documents/${SEGMENT}$`),
    run: async (c) => {
      const bytes = await readBytes(c.req, DOCUMENT_LIMIT_BYTES);
      const type = typeof c.req.headers['content-type'] === 'string' ? c.req.headers['content-type'] : 'application/octet-stream';
      return ok(await c.service.uploadDocument(c.principal, c.params[0]!, c.params[1]!, new Uint8Array(bytes), type), 201);
    },
  },
  {
    method: 'POST',
    pattern: /^\/admin\/provision$/,
    run: async (c) => ok({ steps: await c.service.provision(c.principal) }),
  },
];
