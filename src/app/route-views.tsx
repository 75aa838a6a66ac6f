import { lazy, type ReactNode } from 'react';
import { PlanHome } from '../features/plan-home';
import type { CoreTranslate } from '../i18n';
import { pageOf } from '../lib/plan-pages';
import { pathFor, type Route, type RouteName } from '../lib/routes';

// The section editors (tables, menus, forms) are fetched while the home page shows, at low priority.
const SectionPage = lazy(() => import(/* webpackPrefetch: true */ '../features/sections').then((m) => ({ default: m.SectionPage })));
const SignOffPage = lazy(() => import('../features/sign-off').then((m) => ({ default: m.SignOffPage })));
const DocumentsRoute = lazy(() => import('./DocumentsRoute').then((m) => ({ default: m.DocumentsRoute })));
const SignedVersionView = lazy(() => import('../features/sign-off').then((m) => ({ default: m.SignedVersionView })));

export interface Crumb {
  readonly label: string;
  readonly path: string;
}

/** What a route shows, where it sits in the breadcrumb, and which navigation item it lights up. */
interface RouteView<N extends RouteName> {
  render(route: Route<N>): ReactNode;
  /** The crumbs after "Home". */
  trail(route: Route<N>, t: CoreTranslate): readonly Crumb[];
  navValue(route: Route<N>): string;
}

/**
 * One entry per route in lib/routes.ts — the compiler insists — so a new page is a route and a
 * view here. The home page is in the first bundle; the section pages, sign-off and documents load on demand.
 */
export const ROUTE_VIEWS: { readonly [N in RouteName]: RouteView<N> } = {
  home: {
    render: () => <PlanHome />,
    trail: () => [],
    navValue: () => 'home',
  },
  section: {
    render: (route) => <SectionPage key={route.params.sectionId} sectionId={route.params.sectionId} rowKey={route.query.row} />,
    trail: (route, t) => [
      {
        label: route.params.sectionId === 'plan' ? t('details.heading') : (t.schema(pageOf(route.params.sectionId)?.title ?? '') || t('nav.notFound')),
        path: pathFor('section', route.params),
      },
    ],
    navValue: (route) => (route.params.sectionId === 'plan' ? 'plan' : (pageOf(route.params.sectionId)?.id ?? '')),
  },
  signOff: {
    render: () => <SignOffPage />,
    trail: (route, t) => [{ label: t('signOff.title'), path: pathFor('signOff', route.params) }],
    navValue: () => 'signOff',
  },
  signedVersion: {
    render: (route) => <SignedVersionView snapshotKey={route.params.snapshotKey} />,
    trail: (route, t) => [
      { label: t('signOff.title'), path: pathFor('signOff', { planId: route.params.planId }) },
      { label: t('signOff.viewSigned'), path: pathFor('signedVersion', route.params) },
    ],
    navValue: () => 'signOff',
  },
  documents: {
    render: () => <DocumentsRoute />,
    trail: (route, t) => [{ label: t('documents.title'), path: pathFor('documents', route.params) }],
    navValue: () => 'documents',
  },
};

/** Looks up a route's view with its own name's types. */
export function viewFor<N extends RouteName>(route: Route<N>): RouteView<N> {
  return ROUTE_VIEWS[route.name] as unknown as RouteView<N>;
}
