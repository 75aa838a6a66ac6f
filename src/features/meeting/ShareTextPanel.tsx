import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, ShareRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useMeetingHost } from '../../teams';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

type Outcome = 'shared' | 'copied' | 'failed';

/**
 * Text for the meeting chat (the agenda, the recap). Teams has no API for an app to post into a
 * meeting chat, so it offers Teams' share dialog where the host has one, and always a copy button;
 * the text is shown too, so it can be selected by hand if copying is blocked.
 */
export function ShareTextPanel({ text, url, label }: { text: string; url: string; label: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  const host = useMeetingHost();
  const [outcome, setOutcome] = useState<Outcome>();

  const run = (action: () => Promise<void>, success: Outcome) => {
    action().then(
      () => setOutcome(success),
      () => setOutcome('failed'),
    );
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        {host.textSharing && (
          <Button appearance="primary" icon={<ShareRegular />} onClick={() => run(() => host.shareText(text, url), 'shared')}>
            {t('meeting.share.toChat')}
          </Button>
        )}
        <Button icon={<CopyRegular />} onClick={() => run(() => host.copyText(text), 'copied')}>
          {t('meeting.share.copy')}
        </Button>
      </div>
      {outcome && (
        <MessageBar intent={outcome === 'failed' ? 'warning' : 'success'}>
          <MessageBarBody>{t(`meeting.share.${outcome}`)}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={label}>
        <Textarea className={styles.text} value={text} readOnly resize="vertical" rows={6} />
      </Field>
    </div>
  );
}
