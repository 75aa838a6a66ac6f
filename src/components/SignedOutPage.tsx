import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useFullMessages } from '../i18n/use-full-messages';
import { ProblemWords } from './ProblemWords';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalL, maxWidth: '480px' },
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/**
 * What is left after signing out: what happened to the device's data, and the way back in.
 * `problem` is what failed in its own (English) words: the browser's or MSAL's, never ours.
 */
export function SignedOutPage({ problem, onSignInAgain }: { problem?: string; onSignInAgain(): void }) {
  const t = useFullMessages();
  const styles = useStyles();
  const title = useRef<HTMLHeadingElement>(null);
  // The page the person was on is gone: start reading here.
  useEffect(() => title.current?.focus(), []);
  return (
    <main className={styles.root}>
      <h1 ref={title} tabIndex={-1} className={styles.title}>
        {problem ? t('signOut.failedTitle') : t('signOut.doneTitle')}
      </h1>
      {problem ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <ProblemWords text={{ sentence: t('signOut.failed'), details: [], english: problem }} />
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text>{t('signOut.done')}</Text>
      )}
      <Button appearance="primary" onClick={onSignInAgain}>
        {t('signOut.signInAgain')}
      </Button>
    </main>
  );
}
