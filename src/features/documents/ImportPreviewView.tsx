import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DetailChange, ImportPreview, PreviewRow, Unplaced } from '../../documents/import';
import type { Translate } from '../../i18n';
import { importedValueText, importText, whereText } from '../../i18n/import-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { sectionById, type RowSectionId } from '../../plan';
import { countText } from './messages';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  table: { marginBottom: tokens.spacingVerticalM },
  values: { wordBreak: 'break-word' },
  notes: { color: tokens.colorNeutralForeground3 },
});

/** Shown rows per section: enough to check the import read the table right, without a huge page. */
const SHOWN_ROWS = 50;

/** The row's values in the reader's language (yes or no, days, choices), people's words as written. */
function valuesText(t: Translate, section: RowSectionId, row: PreviewRow): string {
  const fields = sectionById(section).fields;
  const text = Object.entries(row.values)
    .filter(([, v]) => v !== null && v !== '')
    .map(([name, v]) => importedValueText(t, fields.find((f) => f.name === name), v))
    .join(' · ');
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

function UnplacedTable({ items, caption }: { items: readonly Unplaced[]; caption: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={caption} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('documents.import.where')}</TableHeaderCell>
          <TableHeaderCell>{t('documents.import.reason')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((u) => (
          <TableRow key={`${JSON.stringify(u.where)}-${JSON.stringify(u.reason)}`}>
            <TableCell>{whereText(t, u.where)}</TableCell>
            <TableCell>
              <Badge appearance="tint" color={u.kind === 'problem' ? 'warning' : 'informative'}>
                {u.kind === 'problem' ? t('documents.import.problem') : t('documents.import.template')}
              </Badge>{' '}
              {importText(t, u.reason)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What importing does with a detail of the plan: fills it in, finds it already there, or keeps the plan's own. */
function detailOutcome(t: Translate, d: DetailChange): string {
  if (d.kept) return importText(t, d.kept);
  return d.apply ? t('documents.import.detailFills') : t('documents.import.already');
}

/** The plan's own details the document gives (council, people, signatures) and those it could not read. */
function DetailsTable({ preview }: { preview: ImportPreview }) {
  const t = useFullMessages();
  const styles = useStyles();
  const fields = sectionById('plan').fields;
  return (
    <>
      {preview.details.length > 0 && (
        <Table size="small" aria-label={t('documents.import.details')} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('documents.import.detail')}</TableHeaderCell>
              <TableHeaderCell>{t('documents.import.detailValue')}</TableHeaderCell>
              <TableHeaderCell>{t('documents.import.detailOutcome')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.details.map((d) => (
              <TableRow key={d.field}>
                <TableCell>{t.schema(d.label)}</TableCell>
                <TableCell className={styles.values}>{importedValueText(t, fields.find((f) => f.name === d.field), d.value)}</TableCell>
                <TableCell>{detailOutcome(t, d)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {preview.detailNotes.map((note) => (
        <Text block key={JSON.stringify(note)}>
          <Badge appearance="tint" color="warning">
            {t('documents.import.problem')}
          </Badge>{' '}
          {importText(t, note)}
        </Text>
      ))}
    </>
  );
}

/** The preview: totals, then per section the rows to add and every line not placed with its reason. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { rows, newRows, problems } = preview.counts;
  return (
    <>
      <div className={styles.summary} role="status">
        <Text weight="semibold">
          {t('documents.import.summary', {
            rows: countText(t, 'documents.count.rows', newRows),
            sections: countText(t, 'documents.count.sections', preview.sections.length),
            already: countText(t, 'documents.count.rows', rows - newRows),
          })}
        </Text>
        <Text>{problems > 0 ? t('documents.import.problems', { lines: countText(t, 'documents.count.lines', problems) }) : t('documents.import.noProblems')}</Text>
        {preview.assumedYear && <Text>{t('documents.import.year', { year: String(preview.assumedYear.year), reason: importText(t, preview.assumedYear.reason) })}</Text>}
      </div>
      <Accordion multiple collapsible>
        {(preview.details.length > 0 || preview.detailNotes.length > 0) && (
          <AccordionItem value="details">
            <AccordionHeader>
              {t('documents.import.detailsSummary', { fill: preview.counts.details, unread: preview.detailNotes.length })}
            </AccordionHeader>
            <AccordionPanel>
              <DetailsTable preview={preview} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {preview.unplaced.length > 0 && (
          <AccordionItem value="outside">
            <AccordionHeader>{t('documents.import.outside')}</AccordionHeader>
            <AccordionPanel>
              <UnplacedTable items={preview.unplaced} caption={t('documents.import.outside')} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {preview.sections.map((s) => (
          <AccordionItem key={s.id} value={s.id}>
            <AccordionHeader>
              {t('documents.import.sectionSummary', { title: t.schema(s.title), rows: s.rows.filter((r) => !r.alreadyInPlan).length, unplaced: s.unplaced.length })}
            </AccordionHeader>
            <AccordionPanel>
              {s.rows.length > 0 && (
                <Table size="small" aria-label={t('documents.import.rowsCaption', { title: t.schema(s.title) })} className={styles.table}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('documents.import.where')}</TableHeaderCell>
                      <TableHeaderCell>{t('documents.import.values')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {s.rows.slice(0, SHOWN_ROWS).map((r) => (
                      <TableRow key={r.key}>
                        <TableCell>{whereText(t, r.where)}</TableCell>
                        <TableCell className={styles.values}>
                          {r.alreadyInPlan && <Badge appearance="outline">{t('documents.import.already')}</Badge>} {valuesText(t, s.id, r)}
                          {r.notes.length > 0 && <div className={styles.notes}>{r.notes.map((note) => importText(t, note)).join(' ')}</div>}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {s.rows.length > SHOWN_ROWS && <Text>{t('documents.import.more', { rows: countText(t, 'documents.count.rows', s.rows.length - SHOWN_ROWS) })}</Text>}
              {s.unplaced.length > 0 && <UnplacedTable items={s.unplaced} caption={t('documents.import.unplacedCaption', { title: t.schema(s.title) })} />}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
