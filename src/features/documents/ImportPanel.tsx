import { Button, Label, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Plan } from '../../plan';
import type { PlanStore } from '../../storage/port';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportResultBar } from './ImportResultBar';
import { ErrorWords } from '../../components/ProblemWords';
import { useFullMessages } from '../../i18n/use-full-messages';
import { countText } from './messages';
import { useImport } from './use-import';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  file: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

const ACCEPT = '.docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Upload a LAPP, read the preview, then import it with progress. */
export function ImportPanel({ store, plan, onImported }: { store: PlanStore; plan: Plan; onImported?: () => void }) {
  const t = useFullMessages();
  const styles = useStyles();
  const fileId = useId('lapp-file');
  const input = useRef<HTMLInputElement>(null);
  const { state, choose, commit, reset } = useImport(store, plan, onImported);
  const again = () => {
    reset();
    if (input.current) input.current.value = '';
  };

  return (
    <section className={styles.panel} aria-labelledby={`${fileId}-heading`}>
      <h2 id={`${fileId}-heading`} className={styles.title}>
        {t('documents.import.title')}
      </h2>
      <Text>{t('documents.import.intro')}</Text>
      <div className={styles.file}>
        <Label htmlFor={fileId}>{t('documents.import.file')}</Label>
        <input
          id={fileId}
          ref={input}
          type="file"
          accept={ACCEPT}
          disabled={state.step === 'committing'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void choose(file);
          }}
        />
      </div>
      {state.step === 'reading' && (
        <ProgressBar value={state.percent / 100} aria-label={t('documents.import.reading', { file: state.file, percent: state.percent })} />
      )}
      {state.step === 'checking' && <Spinner size="small" label={t('documents.import.checking', { file: state.file })} />}
      {state.step === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {state.message}
            {state.error !== undefined && (
              <>
                {' '}
                <ErrorWords error={state.error} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {(state.step === 'preview' || state.step === 'committing' || state.step === 'done') && <ImportPreviewView preview={state.preview} />}
      {state.step === 'committing' && (
        <div role="status">
          <ProgressBar value={state.total === 0 ? 1 : state.done / state.total} aria-label={t('documents.import.progress', { done: state.done, total: state.total })} />
          <Text>{t('documents.import.progress', { done: state.done, total: state.total })}</Text>
        </div>
      )}
      {state.step === 'done' && <ImportResultBar result={state.result} />}
      <div className={styles.buttons}>
        {state.step === 'preview' && (
          <Button appearance="primary" disabled={state.preview.counts.newRows + state.preview.counts.details === 0} onClick={() => void commit()}>
            {t('documents.import.commit', { rows: countText(t, 'documents.count.rows', state.preview.counts.newRows) })}
          </Button>
        )}
        {(state.step === 'preview' || state.step === 'done' || state.step === 'error') && <Button onClick={again}>{t('documents.import.again')}</Button>}
      </div>
    </section>
  );
}
