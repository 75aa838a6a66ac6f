import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMessages, type MessageKey } from '../i18n';
import type { SaveNotice } from '../lib/save-notice';

const MESSAGES: Record<SaveNotice['kind'], MessageKey> = {
  forbidden: 'notice.forbidden',
  offline: 'notice.offline',
  throttled: 'notice.throttled',
  invalid: 'notice.invalid',
  notFound: 'notice.notFound',
  failed: 'notice.failed',
};

/** Why the last change was undone, announced politely and dismissible. */
export function SaveNoticeBar({ notice, onDismiss }: { notice: SaveNotice; onDismiss(): void }) {
  const t = useMessages();
  return (
    <MessageBar intent={notice.kind === 'forbidden' ? 'warning' : 'error'} politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.title')}</MessageBarTitle>
        {/* Keys without {detail} simply ignore it. */}
        {t(MESSAGES[notice.kind] as 'notice.failed', { detail: notice.detail })}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('action.dismiss')} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
