import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
});

/** A page's one top-level heading, in the style every page shares. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className={useStyles().title}>{children}</h1>;
}
