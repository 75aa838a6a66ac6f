import { SECTIONS } from '../../plan';
import { ForbiddenError } from '../errors';
import type { PlanStore, ProvisionStep } from '../port';
import { MANAGER_VIEWS, listTitleOf, type ManagerView } from '../views';
import { addListView, readViewTitles } from './list-views';
import { isVersioningOn, turnOnVersioning } from './list-versioning';
import { mapWithLimit } from '../map-with-limit';
import type { SharePointRest } from './sharepoint-rest';
import { readSiteTimeZone, type SiteTimeZone } from './site-time-zone';

/** One thing site set-up did or found already done. */
export type SiteSetupEvent =
  | { readonly kind: 'list'; readonly step: ProvisionStep }
  | { readonly kind: 'versioning'; readonly list: string; readonly turnedOn: boolean }
  | { readonly kind: 'view'; readonly list: string; readonly view: string; readonly added: boolean };

export interface SiteSetupProgress {
  readonly event: SiteSetupEvent;
  /** Steps finished so far, of `total`: one per list, one per list's versioning, one per view. */
  readonly done: number;
  readonly total: number;
}

export interface SiteSetupReport {
  readonly lists: readonly ProvisionStep[];
  readonly versioning: readonly { readonly list: string; readonly turnedOn: boolean }[];
  readonly views: readonly { readonly list: string; readonly view: string; readonly added: boolean }[];
  /** The site's regional time zone, read first so a site not on UK time is flagged (see timeZoneWarning). */
  readonly timeZone: SiteTimeZone;
}

const LISTS_REFUSED =
  'Creating the lists needs the site owner’s rights on this SharePoint site, and the app needs the Sites.Manage.All permission.';

/** How much a run changed; all zero when the site was already set up. */
export interface SiteSetupCounts {
  readonly listsCreated: number;
  readonly listsGivenColumns: number;
  readonly versioningTurnedOn: number;
  readonly viewsAdded: number;
}

/** Counts what a run changed, for its closing message. */
export function countChanges(report: SiteSetupReport): SiteSetupCounts {
  return {
    listsCreated: report.lists.filter((l) => l.action === 'created').length,
    listsGivenColumns: report.lists.filter((l) => l.action === 'columns added').length,
    versioningTurnedOn: report.versioning.filter((v) => v.turnedOn).length,
    viewsAdded: report.views.filter((v) => v.added).length,
  };
}

/** Lists handled at once by the SharePoint REST steps. */
const AT_ONCE = 4;

export const SITE_SETUP_STEPS = SECTIONS.length * 2 + MANAGER_VIEWS.length;

function viewsByList(): Map<string, ManagerView[]> {
  const byList = new Map<string, ManagerView[]>();
  for (const view of MANAGER_VIEWS) byList.set(listTitleOf(view), [...(byList.get(listTitleOf(view)) ?? []), view]);
  return byList;
}

/**
 * Sets a site up for LAPP, idempotently: every list and column of the schema (through the plan
 * store, i.e. Graph), item versioning on every list, and the managers' views (through SharePoint
 * REST, reading each list's views first and adding only the missing ones). A second run changes
 * nothing and says so. Progress is reported step by step.
 */
export async function setUpSite(
  store: Pick<PlanStore, 'provision'>,
  sharePoint: SharePointRest,
  onProgress?: (progress: SiteSetupProgress) => void,
): Promise<SiteSetupReport> {
  let done = 0;
  const report = (event: SiteSetupEvent) => onProgress?.({ event, done: ++done, total: SITE_SETUP_STEPS });
  const timeZone = await readSiteTimeZone(sharePoint);

  const lists = await store.provision((step) => report({ kind: 'list', step })).catch((error: unknown) => {
    throw error instanceof ForbiddenError ? new ForbiddenError(LISTS_REFUSED) : error;
  });

  const versioning = await mapWithLimit(SECTIONS, AT_ONCE, async (section) => {
    const turnedOn = !(await isVersioningOn(sharePoint, section.list));
    if (turnedOn) await turnOnVersioning(sharePoint, section.list);
    report({ kind: 'versioning', list: section.list, turnedOn });
    return { list: section.list, turnedOn };
  });

  const perList = await mapWithLimit([...viewsByList()], AT_ONCE, async ([list, views]) => {
    const existing = await readViewTitles(sharePoint, list);
    const outcomes: { list: string; view: string; added: boolean }[] = [];
    // One at a time: SharePoint serialises changes to a list's schema anyway.
    for (const view of views) {
      const added = !existing.has(view.title);
      if (added) await addListView(sharePoint, list, view);
      report({ kind: 'view', list, view: view.title, added });
      outcomes.push({ list, view: view.title, added });
    }
    return outcomes;
  });

  return { lists, versioning, views: perList.flat(), timeZone };
}
