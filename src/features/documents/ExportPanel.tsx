import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CloudArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ExportFormat } from '../../documents/export/formats';
import type { DocumentLanguage } from '../../documents/export/languages';
import { addDays, isIsoDate, todayLocal, type Plan } from '../../plan';
import { ErrorWords } from '../../components/ProblemWords';
import { SafeLink } from '../../components/SafeLink';
import type { DocumentLibrary } from '../../storage/document-library';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useExport, type ExportStatus } from './use-export';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fields: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

type DocumentName = 'documents.export.lapp' | 'documents.export.progressNote' | 'documents.export.handover';
type DocumentHint = `${DocumentName}Hint`;

const DOCUMENTS: readonly { format: ExportFormat; name: DocumentName; hint: DocumentHint }[] = [
  { format: 'lapp', name: 'documents.export.lapp', hint: 'documents.export.lappHint' },
  { format: 'progress-note', name: 'documents.export.progressNote', hint: 'documents.export.progressNoteHint' },
  { format: 'handover', name: 'documents.export.handover', hint: 'documents.export.handoverHint' },
];

function StatusBar({ status }: { status: ExportStatus }) {
  const t = useFullMessages();
  if (status.kind === 'failed') {
    const document = t(DOCUMENTS.find((d) => d.format === status.format)?.name ?? 'documents.export.lapp');
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t('documents.export.failed', { document })} <ErrorWords error={status.error} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {status.kind === 'saved' ? t('documents.export.saved', { file: status.file }) : t('documents.export.downloaded', { file: status.file })}
        {status.kind === 'saved' && status.webUrl && (
          <>
            {' '}
            <SafeLink href={status.webUrl}>{t('documents.export.open')}</SafeLink>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Download the plan as Word documents, or file them in the plan site's document library. */
export function ExportPanel({ library, plan, location }: { library: DocumentLibrary | undefined; plan: Plan; location: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { busy, status, download, saveToSite } = useExport(library, plan, location);
  const [since, setSince] = useState(() => addDays(todayLocal(), -28));
  const [committee, setCommittee] = useState('');
  // The reader's own language unless they choose another or both (Welsh first, as Welsh councils publish).
  const [language, setLanguage] = useState<DocumentLanguage>(t.locale === 'cy-GB' ? 'cy-GB' : 'en-GB');
  const optionsFor = (format: ExportFormat) => ({
    language,
    ...(format === 'progress-note' && { ...(isIsoDate(since) && { since }), ...(committee.trim() && { committee: committee.trim() }) }),
  });

  return (
    <section className={styles.panel} aria-labelledby="export-heading">
      <h2 id="export-heading" className={styles.title}>
        {t('documents.export.title')}
      </h2>
      <Text>{t('documents.export.intro')}</Text>
      <Field label={t('documents.export.language')}>
        <RadioGroup value={language} onChange={(_, data) => setLanguage(data.value as DocumentLanguage)}>
          <Radio value="cy-GB" label={<span lang="cy">{t('documents.export.language.cy')}</span>} />
          <Radio value="en-GB" label={<span lang="en">{t('documents.export.language.en')}</span>} />
          <Radio value="bilingual" label={t('documents.export.language.bilingual')} />
        </RadioGroup>
      </Field>
      {DOCUMENTS.map(({ format, name, hint }) => (
        <div key={format} className={styles.item}>
          <h3 className={styles.name}>{t(name)}</h3>
          <Text>{t(hint)}</Text>
          {format === 'progress-note' && (
            <div className={styles.fields}>
              <Field label={t('documents.export.since')}>
                <Input type="date" value={since} onChange={(_, data) => setSince(data.value)} />
              </Field>
              <Field label={t('documents.export.committee')}>
                <Input value={committee} placeholder={t('document.note.defaultCommittee')} onChange={(_, data) => setCommittee(data.value)} />
              </Field>
            </div>
          )}
          <div className={styles.buttons}>
            <Button
              icon={<ArrowDownloadRegular />}
              disabled={busy !== null}
              aria-label={t('documents.export.downloadNamed', { document: t(name) })}
              onClick={() => void download(format, optionsFor(format))}
            >
              {t('documents.export.download')}
            </Button>
            {saveToSite && (
              <Button
                icon={<CloudArrowUpRegular />}
                disabled={busy !== null}
                aria-label={t('documents.export.saveNamed', { document: t(name) })}
                onClick={() => void saveToSite(format, optionsFor(format))}
              >
                {t('documents.export.save')}
              </Button>
            )}
            {busy === format && <Spinner size="tiny" label={t('documents.export.making', { document: t(name) })} />}
          </div>
        </div>
      ))}
      {status && <StatusBar status={status} />}
    </section>
  );
}
