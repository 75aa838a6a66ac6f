import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useFullMessages } from '../i18n/use-full-messages';

const useStyles = makeStyles({
  // The form below scrolls; this stays its full height above it.
  bar: { flexShrink: 0 },
});

/**
 * Asks, inside an edited form's own dialog, before its changes are thrown away (Escape or a click
 * outside). Inside rather than a second modal: one modal at a time keeps the form reachable to
 * assistive technology once the person chooses to keep editing.
 */
export function DiscardChangesBar({ onDiscard, onKeep }: { onDiscard(): void; onKeep(): void }) {
  const t = useFullMessages();
  const styles = useStyles();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <MessageBar className={styles.bar} intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('dialog.discardTitle')}</MessageBarTitle>
        {t('dialog.discardBody')}
      </MessageBarBody>
      <MessageBarActions>
        {/* The safe choice first, where focus lands. */}
        <Button ref={keep} appearance="primary" onClick={onKeep}>
          {t('dialog.keepEditing')}
        </Button>
        <Button onClick={onDiscard}>{t('dialog.discard')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
