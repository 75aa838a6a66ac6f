/**
 * The tab's in-app routes, kept in the URL's hash so that Teams deep links (subPageId), the
 * browser and tests reach the same place. A new page is one more entry here and one in the app's
 * route table.
 */
export const ROUTES = {
  home: '/plan/:planId',
  section: '/plan/:planId/section/:sectionId',
  signOff: '/plan/:planId/sign-off',
  signedVersion: '/plan/:planId/sign-off/:snapshotKey',
  documents: '/plan/:planId/documents',
} as const;

export type RouteName = keyof typeof ROUTES;

type ParamsIn<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsIn<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<N extends RouteName> = { readonly [K in ParamsIn<(typeof ROUTES)[N]>]: string };

export interface Route<N extends RouteName = RouteName> {
  readonly name: N;
  readonly params: RouteParams<N>;
  readonly query: Readonly<Record<string, string>>;
}

/** The path of a route: pathFor('section', { planId: 'x', sectionId: 'keyContacts' }, { row: 'k' }). */
export function pathFor<N extends RouteName>(
  name: N,
  params: RouteParams<N>,
  query: Readonly<Record<string, string | undefined>> = {},
): string {
  const path = ROUTES[name].replace(/:([A-Za-z]+)/g, (_, key: string) =>
    encodeURIComponent((params as Record<string, string>)[key] ?? ''),
  );
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return search ? `${path}?${search}` : path;
}

/** The route a path names ("/plan/x/section/y?row=k"), or undefined for anything else. */
export function matchRoute(pathWithQuery: string): Route | undefined {
  const [path = '', search = ''] = pathWithQuery.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const pattern = ROUTES[name].split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, i) => {
      const part = decodeURIComponent(parts[i] ?? '');
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = part;
        return part !== '';
      }
      return segment === part;
    });
    if (matches) return { name, params, query: Object.fromEntries(new URLSearchParams(search)) } as Route;
  }
  return undefined;
}

/** The personal app's views (`?surface=personal#/my-actions`), apart from the plan tab's routes. */
export const PERSONAL_PATHS = { myPlans: '/my-plans', myActions: '/my-actions' } as const;
