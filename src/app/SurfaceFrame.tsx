import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { NudgeDigestOnDemand, NudgeSettingsButtonOnDemand } from './NudgesOnDemand';
import { useMessages } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { LocalDemoSwitcherOnDemand } from './LocalDemoSwitcherOnDemand';
import { SignOutButtonOnDemand } from './SignOutButtonOnDemand';

const useStyles = makeStyles({
  topBar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    flexShrink: 0,
    minHeight: '48px',
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  appName: { fontWeight: tokens.fontWeightSemibold },
  main: { position: 'relative', maxWidth: '960px', marginInline: 'auto', padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}` },
  wide: { maxWidth: '1400px' },
});

/**
 * The frame of the single-page surfaces (tab settings, my plans): the app's name and, locally, the
 * demo switcher, or in a plain browser signed in to a tenant, "Sign out" (never both).
 */
export function SurfaceFrame({ children, wide }: { children: ReactNode; wide?: boolean }) {
  const t = useMessages();
  const styles = useStyles();
  return (
    <>
      <header className={styles.topBar}>
        <Text className={styles.appName}>{t('app.name')}</Text>
        <NudgeSettingsButtonOnDemand />
        <LanguageSwitch />
        <LocalDemoSwitcherOnDemand />
        <SignOutButtonOnDemand />
      </header>
      <main className={mergeClasses(styles.main, wide && styles.wide)}>
        <NudgeDigestOnDemand />
        {children}
      </main>
    </>
  );
}
