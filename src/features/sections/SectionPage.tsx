import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { SectionDef } from '../../plan';
import { Panel } from '../../components/Panel';
import { useMessages } from '../../i18n';
import { pageOf, sectionsOnPage } from '../../lib/plan-pages';
import { ChecklistEditor } from './ChecklistEditor';
import { MatrixEditor } from './MatrixEditor';
import { PlanDetails } from './PlanDetails';
import { PrioritiesEditor } from './PrioritiesEditor';
import { TableSection } from './TableSection';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
  // The three community-planning tables sit side by side, as on the template's page.
  sideBySide: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  anchor: { scrollMarginTop: tokens.spacingVerticalXXL, minWidth: 0, padding: tokens.spacingHorizontalXL },
});

/** Pages whose sections the template lays out next to each other. */
const SIDE_BY_SIDE = new Set(['communityPlanning']);

function SectionEditor({ section, highlightKey }: { section: SectionDef; highlightKey?: string }) {
  switch (section.shape) {
    case 'priorities':
      return <PrioritiesEditor section={section} />;
    case 'matrix':
      return <MatrixEditor section={section} />;
    case 'checklist':
      return <ChecklistEditor section={section} highlightKey={highlightKey} />;
    default:
      return <TableSection section={section} highlightKey={highlightKey} />;
  }
}

/** One page of the plan: every section the template puts on it, each with the editor its shape needs. */
export function SectionPage({ sectionId, rowKey }: { sectionId: string; rowKey?: string }) {
  const t = useMessages();
  const styles = useStyles();
  const page = pageOf(sectionId);

  useEffect(() => {
    // A link to a later section of a page starts there; a row link is scrolled to by its grid.
    const first = page && sectionsOnPage(page.id)[0]?.id === sectionId;
    if (!rowKey && !first) document.getElementById(`section-${sectionId}`)?.scrollIntoView?.({ block: 'start' });
  }, [page, sectionId, rowKey]);

  if (sectionId === 'plan') {
    return (
      <div className={styles.page}>
        <PageTitle>{t('details.heading')}</PageTitle>
        <PlanDetails />
      </div>
    );
  }
  if (!page) return <p>{t('nav.notFound')}</p>;
  const sections = sectionsOnPage(page.id);
  return (
    <div className={styles.page}>
      <PageTitle>{t.schema(page.title)}</PageTitle>
      <div className={mergeClasses(styles.page, SIDE_BY_SIDE.has(page.id) && styles.sideBySide)}>
        {sections.map((section) => (
          <Panel key={section.id} id={`section-${section.id}`} className={styles.anchor}>
            <SectionEditor section={section} highlightKey={section.id === sectionId ? rowKey : undefined} />
          </Panel>
        ))}
      </div>
    </div>
  );
}
