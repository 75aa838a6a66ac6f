import type { RouteHandler } from '../http/context';
import { fail, json } from '../http/reply';
import { option } from '../odata/query-options';
import { SAMPLE_CEM, SAMPLE_USERS } from '../sample-users';

/** The site tenant's own people: the census office's (council people live in their own tenants). */
const homeDomain = SAMPLE_CEM.email.split('@')[1] ?? '';

/** `startswith(displayName,'ava') or startswith(mail,'ava')`: the one filter form clients send. */
const STARTS_WITH = /^startswith\((displayName|mail|givenName|surname),'((?:[^']|'')*)'\)$/i;

function prefixesIn(filter: string): { property: string; prefix: string }[] {
  return filter.split(/\s+or\s+/i).map((clause) => {
    const m = STARTS_WITH.exec(clause.trim());
    if (!m) throw fail.badRequest(`Unsupported or invalid query filter clause specified: '${clause.trim()}'. The local stand-in answers only startswith(displayName|mail|givenName|surname,'…') joined by 'or'.`);
    return { property: m[1]!.toLowerCase(), prefix: m[2]!.replace(/''/g, "'").toLowerCase() };
  });
}

/**
 * `GET /users?$filter=startswith(displayName,'…')&$select=…&$top=…`: the tenant's directory as
 * Graph answers a people search (the router checks the token's permission: LIST_USERS).
 */
export const getUsers: RouteHandler = (req) => {
  const filter = option(req.query, 'filter');
  const top = Number(option(req.query, 'top') ?? 100);
  if (!Number.isInteger(top) || top < 1 || top > 999) throw fail.badRequest(`Invalid page size specified: '${option(req.query, 'top')}'. Must be between 1 and 999 inclusive.`);
  const wanted = filter ? prefixesIn(filter) : [];
  const people = SAMPLE_USERS.filter((u) => u.email.endsWith(`@${homeDomain}`)).map((u) => {
    const [givenName, ...rest] = u.displayName.split(' ');
    return { id: u.email, displayName: u.displayName, givenName: givenName ?? null, surname: rest.join(' ') || null, mail: u.email, userPrincipalName: u.email, jobTitle: u.jobTitle };
  });
  const found = people.filter((p) => wanted.length === 0 || wanted.some((w) => String((p as Record<string, unknown>)[w.property === 'displayname' ? 'displayName' : w.property === 'givenname' ? 'givenName' : w.property] ?? '').toLowerCase().startsWith(w.prefix)));
  const select = option(req.query, 'select')?.split(',').map((s) => s.trim());
  const shaped = found.slice(0, top).map((p) => (select ? Object.fromEntries(Object.entries(p).filter(([k]) => select.includes(k))) : p));
  return json(200, { '@odata.context': `${req.graphBaseUrl}/$metadata#users`, value: shaped });
};
