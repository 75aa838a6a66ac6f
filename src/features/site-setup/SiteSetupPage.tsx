import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorWords } from '../../components/ProblemWords';
import { useFullMessages } from '../../i18n/use-full-messages';
import { MANAGER_VIEWS, listTitleOf, type RunSiteSetup } from '../../storage/site-setup';
import { reportText, stepText } from './step-text';
import { useSiteSetup } from './use-site-setup';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '720px' },
  heading: { margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  start: { alignSelf: 'flex-start' },
  steps: {
    maxHeight: '280px',
    overflowY: 'auto',
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    // Inside, so two- and three-digit step numbers are never clipped.
    listStylePosition: 'inside',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  views: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** The views site set-up adds, and what each shows. */
function ViewList() {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <section aria-labelledby="site-setup-views">
      <h2 id="site-setup-views" className={styles.heading}>
        {t('siteSetup.views')}
      </h2>
      <ul className={styles.views}>
        {MANAGER_VIEWS.map((view) => (
          <li key={`${view.section}/${view.title}`}>
            <Text weight="semibold">{view.title}</Text> <Text className={styles.muted}>({listTitleOf(view)})</Text>: {view.description}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Running the set-up: the button, progress step by step, and the outcome. */
function SiteSetup({ run }: { run: RunSiteSetup }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { state, start } = useSiteSetup(run);
  const running = state.status === 'running';
  return (
    <>
      <Button appearance="primary" className={styles.start} disabled={running} onClick={() => void start()}>
        {state.status === 'idle' ? t('siteSetup.start') : t('siteSetup.again')}
      </Button>
      {running && (
        <ProgressBar
          value={state.total ? state.done / state.total : undefined}
          aria-label={t('siteSetup.progress', { done: state.done, total: state.total })}
        />
      )}
      <div role="status">{running && state.total > 0 && <Text>{t('siteSetup.progress', { done: state.done, total: state.total })}</Text>}</div>
      {state.status === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t('siteSetup.done')}</MessageBarTitle>
            {reportText(state.report, t)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('siteSetup.failed')}</MessageBarTitle>
            <ErrorWords error={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status !== 'idle' && state.steps.length > 0 && (
        // Focusable, so the list scrolls from the keyboard too.
        <ol className={styles.steps} aria-label={t('siteSetup.steps')} tabIndex={0}>
          {state.steps.map((step, i) => (
            <li key={i}>{stepText(step, t)}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * "Set up this site", for a site owner: the lists and columns, version history and managers'
 * views, added only where missing. Without a way to reach SharePoint (a tenant build without
 * sign-in) it says how to do it from the command line instead.
 */
export function SiteSetupPage({ setUp }: { setUp: RunSiteSetup | undefined }) {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <PageTitle>{t('siteSetup.title')}</PageTitle>
      <Text>{t('siteSetup.intro')}</Text>
      <Text className={styles.muted}>{t('siteSetup.owner')}</Text>
      {setUp ? (
        <SiteSetup run={setUp} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t('siteSetup.unavailable')}</MessageBarBody>
        </MessageBar>
      )}
      <ViewList />
    </div>
  );
}
