import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useNavigation } from '../../lib/navigation';
import { PERSONAL_PATHS } from '../../lib/routes';
import { MyActionsPage } from './MyActionsPage';
import { MyPlansPage } from './MyPlansPage';

const useStyles = makeStyles({
  nav: { marginBottom: tokens.spacingVerticalL },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  link: {
    display: 'inline-block',
    paddingBlock: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    ':hover': { color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  // The underline marks the current view, not the colour alone.
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

/** The personal app: "My plans" and "My actions", each at its own address, with links between them. */
export function PersonalViews() {
  const t = useFullMessages();
  const styles = useStyles();
  const { path } = useNavigation();
  const view = path === PERSONAL_PATHS.myActions ? 'myActions' : 'myPlans';
  const entries = [
    { id: 'myPlans', label: t('myPlans.title'), path: PERSONAL_PATHS.myPlans },
    { id: 'myActions', label: t('myActions.title'), path: PERSONAL_PATHS.myActions },
  ] as const;
  return (
    <>
      <nav aria-label={t('myPlans.views')} className={styles.nav}>
        <ul className={styles.list}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a
                href={`#${entry.path}`}
                className={mergeClasses(styles.link, entry.id === view && styles.current)}
                aria-current={entry.id === view ? 'page' : undefined}
              >
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'myActions' ? <MyActionsPage /> : <MyPlansPage />}
    </>
  );
}
