import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { NavEntry } from './plan-nav';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    width: '260px',
    height: '100%',
    overflowY: 'auto',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground4,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, marginBottom: tokens.spacingVerticalS },
  council: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  app: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  groupLabel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  divider: { height: tokens.strokeWidthThin, backgroundColor: tokens.colorNeutralStroke2, margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, border: 0 },
  link: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '36px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground4Hover, color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground4Selected,
    // The "Selected" foreground pairs with the selected background in every theme (black on the
    // high-contrast highlight).
    color: tokens.colorNeutralForeground2Selected,
    fontWeight: tokens.fontWeightSemibold,
    // The brand bar marks the current page without relying on colour of the text alone.
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: '8px',
      bottom: '8px',
      width: '3px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorNeutralForeground2BrandSelected,
    },
  },
  icon: { fontSize: '20px', flexShrink: 0 },
});

export interface SideNavProps {
  readonly label: string;
  readonly title: string;
  readonly subtitle: string;
  readonly groups: readonly { readonly label?: string; readonly entries: readonly NavEntry[] }[];
  readonly current: string;
  readonly className?: string;
}

/** The plan's side navigation: real links to every page, the current one marked `aria-current`. */
export function SideNav({ label, title, subtitle, groups, current, className }: SideNavProps) {
  const styles = useStyles();
  return (
    <nav aria-label={label} className={mergeClasses(styles.nav, className)}>
      <div className={styles.title}>
        <Text className={styles.council}>{title}</Text>
        <Text className={styles.app}>{subtitle}</Text>
      </div>
      {groups.map((group, i) => (
        <div key={group.label ?? i}>
          {group.label ? <div className={styles.groupLabel}>{group.label}</div> : i > 0 && <hr className={styles.divider} />}
          <ul className={styles.list}>
            {group.entries.map(({ value, label: text, path, Icon }) => (
              <li key={value}>
                <a href={`#${path}`} className={mergeClasses(styles.link, value === current && styles.current)} aria-current={value === current ? 'page' : undefined}>
                  <Icon className={styles.icon} aria-hidden />
                  {text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
