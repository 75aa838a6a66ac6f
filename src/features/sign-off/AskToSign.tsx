import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ProblemWords } from '../../components/ProblemWords';
import { problemText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useNudges } from '../../lib/nudges-context';
import { problemOf, type Problem } from '../../storage/errors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

type Asking = { readonly step: 'idle' | 'busy' } | { readonly step: 'done'; readonly asked: number } | { readonly step: 'failed'; readonly problem: Problem };

/**
 * For the plan's CEM: asks the ACLM and the CLM to sign (again, once the plan has changed since
 * they signed). The plan service sends each a Teams notification, or keeps it for their digest.
 */
export function AskToSign({ planId, again }: { planId: string; again: boolean }) {
  const t = useFullMessages();
  const styles = useStyles();
  const nudges = useNudges();
  const [asking, setAsking] = useState<Asking>({ step: 'idle' });
  if (!nudges) return null;
  const ask = async () => {
    setAsking({ step: 'busy' });
    try {
      setAsking({ step: 'done', asked: await nudges.askToSign(planId) });
    } catch (error) {
      setAsking({ step: 'failed', problem: problemOf(error) });
    }
  };
  return (
    <div className={styles.root}>
      <Button icon={<AlertRegular />} disabledFocusable={asking.step === 'busy'} onClick={() => void ask()}>
        {again ? t('signOff.askAgain') : t('signOff.ask')}
      </Button>
      <div role="status">{asking.step === 'done' && <Text>{t.plural('signOff.asked', asking.asked)}</Text>}</div>
      {asking.step === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('signOff.askFailed')} <ProblemWords text={problemText(t, asking.problem)} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
