import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ProblemWords } from '../../components/ProblemWords';
import type { CommitResult } from '../../documents/import';
import { importWords } from '../../i18n/import-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { countText } from './messages';

/** What an import wrote, what it left unsaved, and why the store refused any details, the store's own words marked as English. */
export function ImportResultBar({ result }: { result: CommitResult }) {
  const t = useFullMessages();
  return (
    <MessageBar intent={result.failed.length > 0 ? 'warning' : 'success'}>
      <MessageBarBody>
        {t('documents.import.done', {
          rows: countText(t, 'documents.count.rows', result.written),
          already: countText(t, 'documents.count.rows', result.skipped),
        })}
        {result.failed.length > 0 && ` ${t('documents.import.failed', { rows: countText(t, 'documents.count.rows', result.failed.length) })}`}
        {result.refused?.map((r) => (
          <Text block key={JSON.stringify(r)}>
            <ProblemWords text={importWords(t, r)} />
          </Text>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
