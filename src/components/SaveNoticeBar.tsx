import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { problemText, useMessages, type MessageKey } from '../i18n';
import type { SaveNotice } from '../lib/save-notice';
import { ProblemWords } from './ProblemWords';

const MESSAGES = {
  forbidden: 'notice.forbidden',
  offline: 'notice.offline',
  throttled: 'notice.throttled',
  invalid: 'notice.invalid',
  notFound: 'notice.notFound',
  failed: 'notice.failed',
} as const satisfies Record<SaveNotice['kind'], MessageKey>;

/** Why the last change was undone, announced politely and dismissible. */
export function SaveNoticeBar({ notice, onDismiss }: { notice: SaveNotice; onDismiss(): void }) {
  const t = useMessages();
  return (
    <MessageBar intent={notice.kind === 'forbidden' ? 'warning' : 'error'} politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.title')}</MessageBarTitle>
        {t(MESSAGES[notice.kind])}
        {/* The notice's sentence says what the problem's would; what storage said in particular follows it. */}
        {notice.problem && (
          <>
            {' '}
            <ProblemWords text={problemText(t, notice.problem)} withSentence={false} />
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('action.dismiss')} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
