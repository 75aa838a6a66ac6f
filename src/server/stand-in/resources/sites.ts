import type { RouteHandler } from '../http/context';
import { GraphHttpError, json } from '../http/reply';
import { SAMPLE_USERS } from '../sample-users';
import { siteJson } from '../site';
import { assertGraphPermission, READ_ME } from '../graph-permissions';

export const getSite: RouteHandler = (req) => json(200, siteJson(req.origin, req.graphBaseUrl));

/** Graph's user resource for whoever is calling; an app-only token names no user, so Graph refuses it. */
export const getMe: RouteHandler = (req) => {
  const { caller } = req;
  if (caller.app) throw new GraphHttpError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  assertGraphPermission(caller, READ_ME);
  const sample = SAMPLE_USERS.find((u) => u.email === caller.email);
  const [givenName, ...rest] = caller.displayName.split(' ');
  return json(200, {
    '@odata.context': `${req.graphBaseUrl}/$metadata#users/$entity`,
    businessPhones: [],
    displayName: caller.displayName,
    givenName: givenName ?? null,
    jobTitle: sample?.jobTitle ?? null,
    mail: caller.email,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-GB',
    surname: rest.join(' ') || null,
    userPrincipalName: caller.email,
    id: caller.id,
  });
};
