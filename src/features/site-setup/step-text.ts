import type { Translate } from '../../i18n';
import { countChanges, type SiteSetupEvent, type SiteSetupReport } from '../../storage/site-setup';

/** One step of the set-up in words: "LAPP Actions: version history turned on". */
export function stepText(event: SiteSetupEvent, t: Translate): string {
  switch (event.kind) {
    case 'list': {
      const { list, action, columnsAdded } = event.step;
      if (action === 'created') return t('siteSetup.step.created', { list });
      if (action === 'columns added') return t('siteSetup.step.columnsAdded', { list, columns: columnsAdded.join(', ') });
      return t('siteSetup.step.upToDate', { list });
    }
    case 'versioning':
      return t(event.turnedOn ? 'siteSetup.step.versioningOn' : 'siteSetup.step.versioningAlready', { list: event.list });
    case 'view':
      return t(event.added ? 'siteSetup.step.viewAdded' : 'siteSetup.step.viewThere', { list: event.list, view: event.view });
  }
}

/** What the whole run changed, or that nothing needed to. */
export function reportText(report: SiteSetupReport, t: Translate): string {
  const { listsCreated, listsGivenColumns, versioningTurnedOn, viewsAdded } = countChanges(report);
  return listsCreated + listsGivenColumns + versioningTurnedOn + viewsAdded === 0
    ? t('siteSetup.nothingToDo')
    : t('siteSetup.summary', { lists: listsCreated, columns: listsGivenColumns, versioning: versioningTurnedOn, views: viewsAdded });
}
