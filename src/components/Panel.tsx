import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    // Windows contrast themes drop shadows: keep an edge.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});

/**
 * A card-like surface for content on the first screens: the look of Fluent's Card without its
 * focus machinery (these panels are not interactive), which keeps the first download small.
 */
export function Panel({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={mergeClasses(useStyles().panel, className)}>
      {children}
    </div>
  );
}
