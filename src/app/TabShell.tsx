import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  Button,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { NavigationRegular } from '@fluentui/react-icons';
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { ChangesStatus } from '../components/ChangesStatus';
import { CopyLinkButton } from '../components/CopyLinkButton';
import { useMessages } from '../i18n';
import { NudgeDigestOnDemand, NudgeSettingsButtonOnDemand } from './NudgesOnDemand';
import { useNavigation } from '../lib/navigation';
import { useCurrentPlan } from '../lib/plan-context';
import { LanguageSwitch } from './LanguageSwitch';
import { LocalDemoSwitcherOnDemand } from './LocalDemoSwitcherOnDemand';
import { planNav } from './plan-nav';
import { SideNav } from './SideNav';
import { SignOutButtonOnDemand } from './SignOutButtonOnDemand';
import type { Crumb } from './route-views';
import { useMediaQuery } from './use-media-query';

const SCROLL_AS_ONE = '@media (max-width: 480px), (max-height: 480px)';

const useStyles = makeStyles({
  // `clip`, not `hidden`: scrolling a row into view must move the page, never the frame.
  root: {
    display: 'flex',
    height: '100vh',
    overflow: 'clip',
    // A short or very narrow window (400 % zoom is 320 × 256) has no room to pin the wrapped top
    // bar above the page: the whole tab scrolls as one, the bar with it (WCAG 1.4.10).
    [SCROLL_AS_ONE]: { height: 'auto', minHeight: '100vh', overflow: 'visible' },
  },
  nav: { flexShrink: 0 },
  // On a narrow tab the navigation opens over the page, from the menu button.
  navOverlay: { position: 'fixed', top: 0, left: 0, bottom: 0, zIndex: 20, boxShadow: tokens.shadow28 },
  column: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  topBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    // Never squeezed by the page below: when it wraps (narrow tab, 200 % zoom) it grows instead
    // of spilling over the heading (WCAG 1.4.10).
    flexShrink: 0,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    minHeight: '48px',
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  // A long trail wraps onto more lines rather than running off a narrow screen.
  crumbs: {
    flexGrow: 1,
    minWidth: 0,
    '& ol': { flexWrap: 'wrap' },
    '& .fui-BreadcrumbButton': { whiteSpace: 'normal', height: 'auto', textAlign: 'start', overflowWrap: 'anywhere' },
  },
  main: {
    // Positioned, so screen-reader-only text stays inside the scrolling page.
    position: 'relative',
    flexGrow: 1,
    overflowY: 'auto',
    [SCROLL_AS_ONE]: { overflowY: 'visible' },
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
    '@media (max-width: 640px)': { padding: tokens.spacingHorizontalM },
  },
  content: { maxWidth: '1400px', marginInline: 'auto', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 10,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':focus': { top: tokens.spacingVerticalS },
  },
});

export interface TabShellProps {
  readonly crumbs: readonly Crumb[];
  readonly navValue: string;
  /** Messages shown above the page (why a save was undone). */
  readonly notices?: ReactNode;
  readonly children: ReactNode;
}

/**
 * The plan tab's frame: a navigation drawer with every page (inline when there is room, overlay
 * otherwise), a breadcrumb, the copy-link button and, in local mode, the demo user switcher (in a
 * plain browser signed in to a tenant, "Sign out"). Nobody needs the browser's back button.
 */
export function TabShell({ crumbs, navValue, notices, children }: TabShellProps) {
  const t = useMessages();
  const styles = useStyles();
  const { plan, planId } = useCurrentPlan();
  const { path, route } = useNavigation();
  const wide = useMediaQuery('(min-width: 900px)');
  const [navOpen, setNavOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  const nav = planNav(planId, t);
  const council = String(plan.header.values.CouncilName ?? '');
  const here = crumbs[crumbs.length - 1];

  // After in-app navigation, start reading at the new page (not when a deep link targets a row).
  useEffect(() => {
    setNavOpen(false);
    if (path !== firstPath.current && !route?.query.row) mainRef.current?.focus();
  }, [path, route?.query.row]);

  const trail: readonly Crumb[] = [{ label: t('nav.home'), path: nav.top[0]?.path ?? '' }, ...crumbs];
  return (
    <div className={styles.root} onKeyDown={(event) => event.key === 'Escape' && setNavOpen(false)}>
      <a
        className={styles.skip}
        href="#main"
        onClick={(event) => {
          // The hash is our router's: move focus instead of navigating.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      {(wide || navOpen) && (
        <SideNav
          className={mergeClasses(styles.nav, !wide && styles.navOverlay)}
          label={t('nav.label')}
          title={council}
          subtitle={t('app.name')}
          current={navValue}
          groups={[{ entries: nav.top }, { label: t('nav.sections'), entries: nav.pages }, { entries: nav.end }]}
        />
      )}
      <div className={styles.column}>
        <header className={styles.topBar}>
          {!wide && (
            <Tooltip content={navOpen ? t('nav.close') : t('nav.open')} relationship="label">
              <Button appearance="subtle" icon={<NavigationRegular />} aria-expanded={navOpen} onClick={() => setNavOpen((open) => !open)} />
            </Tooltip>
          )}
          <Breadcrumb className={styles.crumbs} aria-label={t('nav.breadcrumb')}>
            {trail.map((crumb, i) => (
              <Fragment key={crumb.path}>
                {i > 0 && <BreadcrumbDivider />}
                <BreadcrumbItem>
                  <BreadcrumbButton href={`#${crumb.path}`} current={i === trail.length - 1}>
                    {crumb.label}
                  </BreadcrumbButton>
                </BreadcrumbItem>
              </Fragment>
            ))}
          </Breadcrumb>
          <ChangesStatus />
          <CopyLinkButton planId={planId} route={path} label={here ? `${council}: ${here.label}` : council} />
          <NudgeSettingsButtonOnDemand />
          <LanguageSwitch />
          <LocalDemoSwitcherOnDemand />
          <SignOutButtonOnDemand />
        </header>
        <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
          <div className={styles.content}>
            <NudgeDigestOnDemand />
            {notices}
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
