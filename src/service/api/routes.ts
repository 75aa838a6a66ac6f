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

function sectionsOf(asked: string | undefined): SectionId[] {
  if (!asked) return ['plan', ...ROW_SECTIONS.map((s) => s.id)];
  const ids = asked.split(',');
  const unknown = ids.find((id) => id !== 'plan' && !ROW_SECTIONS.some((s) => s.id === id));
  if (unknown) throw refuse.badRequest(`There is no section "${unknown}".`);
  return ids as SectionId[];
}

interface ChangesAsked {
  readonly sections: SectionId[];
  readonly cursor: string | undefined;
}

/** `?sections=&cursor=` on GET. */
function changesInQuery(url: URL): ChangesAsked {
  return { sections: sectionsOf(url.searchParams.get('sections') ?? undefined), cursor: url.searchParams.get('cursor') ?? undefined };
}

/**
 * `{ "sections": [...], "cursor": "..." }` on POST. A cursor carries one SharePoint delta link per
 * list (opaque tokens of a few hundred characters each), so for a whole plan it outgrows what a URL
 * may carry (8 KB here; IIS and App Service front ends refuse far less): the browser sends it in
 * the body, and GET stays for short cursors and people trying the API by hand.
 */
async function changesInBody(req: IncomingMessage): Promise<ChangesAsked> {
  const body = await readJsonObject(req);
  const { sections, cursor } = body;
  if (sections !== undefined && (!Array.isArray(sections) || sections.length === 0 || !sections.every((s) => typeof s === 'string'))) {
    throw refuse.badRequest('"sections" must be a list of section ids.');
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) throw refuse.badRequest('"cursor" must be the text a previous answer gave.');
  return { sections: sectionsOf(sections === undefined ? undefined : (sections as string[]).join(',')), cursor: cursor as string | undefined };
}

/** The plan service's API under /api/v1 (see README: "The plan service"). */
export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: /^\/me$/, run: async (c) => ok(c.service.me(c.principal)) },
  ...(['GET', 'POST'] as const).map((method) => ({
    method,
    pattern: /^\/changes$/,
    run: async (c: RouteCall) => {
      const asked = method === 'GET' ? changesInQuery(c.url) : await changesInBody(c.req);
      return ok(await c.service.siteChanges(c.principal, asked.sections, asked.cursor));
    },
  })),
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
  ...(['GET', 'POST'] as const).map((method) => ({
    method,
    pattern: new RegExp(`^/plans/${SEGMENT}/changes$`),
    run: async (c: RouteCall) => {
      const asked = method === 'GET' ? changesInQuery(c.url) : await changesInBody(c.req);
      return ok(await c.service.changes(c.principal, c.params[0]!, asked.sections, asked.cursor));
    },
  })),
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
      // The type is the service's to say (a Word document), not the caller's.
      const bytes = await readBytes(c.req, DOCUMENT_LIMIT_BYTES);
      return ok(await c.service.uploadDocument(c.principal, c.params[0]!, c.params[1]!, new Uint8Array(bytes)), 201);
    },
  },
  {
    method: 'POST',
    pattern: /^\/admin\/provision$/,
    run: async (c) => ok({ steps: await c.service.provision(c.principal) }),
  },
];
