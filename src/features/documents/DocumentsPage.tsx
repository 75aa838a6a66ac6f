import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plan';
import type { DocumentLibrary } from '../../storage/document-library';
import type { PlanStore } from '../../storage/port';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { useFullMessages } from '../../i18n/use-full-messages';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, maxWidth: '1100px' },
});

export interface DocumentsPageProps {
  readonly store: PlanStore;
  /** Where exports can be filed; without one, exports are only downloaded. */
  readonly library?: DocumentLibrary;
  readonly plan: Plan;
  /** Called after an import wrote rows, so the plan can be loaded again. */
  readonly onImported?: () => void;
  /** Where the plan is kept, for the handover pack (the site's address). */
  readonly location?: string;
}

/**
 * The plan's documents: import an existing LAPP, and export the plan as the LAPP, a committee
 * progress note or a handover pack. The Word code behind both is loaded only when used.
 */
export function DocumentsPage({ store, library, plan, onImported, location }: DocumentsPageProps) {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <PageTitle>{t('documents.title')}</PageTitle>
      <Card>
        <ImportPanel store={store} plan={plan} {...(onImported && { onImported })} />
      </Card>
      <Card>
        <ExportPanel library={library} plan={plan} location={location ?? t('documents.export.siteUnknown')} />
      </Card>
    </div>
  );
}
