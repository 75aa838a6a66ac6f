import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ProblemWords } from '../../components/ProblemWords';
import type { CommitResult } from '../../documents/import';
import type { Translate } from '../../i18n';
import { importWords, whereText } from '../../i18n/import-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { sectionById } from '../../plan';
import { countText } from './messages';

/** Where a row that was not saved sits: its section, then its place in the document. */
function placeOf(t: Translate, failure: CommitResult['failed'][number]): string {
  const where = failure.where ? whereText(t, failure.where) : t('import.where.planDetails');
  return `${t.schema(sectionById(failure.section).title)}, ${where}: `;
}

/**
 * What an import wrote, each row it left unsaved and why, and why the store refused any details;
 * the store's own words, where it gave nothing better, marked as English.
 */
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
        {result.failed.map((failure, index) => (
          <Text block key={index}>
            {placeOf(t, failure)}
            <ProblemWords text={importWords(t, failure.reason)} />
          </Text>
        ))}
        {result.refused?.map((r) => (
          <Text block key={JSON.stringify(r)}>
            <ProblemWords text={importWords(t, r)} />
          </Text>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
