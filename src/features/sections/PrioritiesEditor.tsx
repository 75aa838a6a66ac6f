import {
  Field,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { PRIORITIES, STRANDS, strandChoice, strandFromChoice, type SectionDef, type SectionId } from '../../plan';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { rowsOf } from '../../plan/plan-rows';
import { CommitOnBlurTextarea } from './CommitOnBlurTextarea';
import { PriorityBadge } from '../../components/PriorityBadge';
import { SectionHeader } from './SectionHeader';
import { useCellSave } from './use-cell-save';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  scroller: { overflowX: 'auto' },
  table: { minWidth: '720px' },
  strandCell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS, width: '34%' },
  priorityCell: { width: '250px' },
  strandName: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS },
  notes: { whiteSpace: 'pre-wrap' },
});

/** The eight strands, each ranked High, Medium or Low for the area, with the reasoning in notes. */
export function PrioritiesEditor({ section }: { section: SectionDef }) {
  const t = useFullMessages();
  const styles = useStyles();
  const headingId = useId();
  const { plan } = useCurrentPlan();
  const canEdit = usePlanAccess().canEdit(section);
  const save = useCellSave(section);
  const [errors, setErrors] = useState<Readonly<Record<number, string | undefined>>>({});
  const rows = rowsOf(plan, section.id as SectionId);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeader section={section} headingId={headingId} />
      <div className={styles.scroller}>
        <Table className={styles.table} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.strandCell}>{t('priorities.strand')}</TableHeaderCell>
              <TableHeaderCell className={styles.priorityCell}>{t('priorities.priority')}</TableHeaderCell>
              <TableHeaderCell>{t('priorities.notes')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {STRANDS.map((strand) => {
              const row = rows.find((r) => strandFromChoice(r.values.Strand) === strand.id);
              const priority = typeof row?.values.Priority === 'string' ? row.values.Priority : '';
              const notes = typeof row?.values.Notes === 'string' ? row.values.Notes : '';
              const newRow = { Strand: strandChoice(strand.id) };
              const commit = (changes: Record<string, unknown>) => {
                const refused = save(row, changes, newRow);
                setErrors((current) => ({ ...current, [strand.id]: refused }));
              };
              return (
                <TableRow key={strand.id}>
                  <TableCell className={styles.strandCell}>
                    <Text className={styles.strandName}>{t('strand.number', { id: strand.id })}</Text>
                    <Text>{t.schema(strand.name)}</Text>
                  </TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.priorityCell)}>
                    {canEdit ? (
                      <RadioGroup
                        layout="horizontal"
                        aria-label={t('priorities.priorityFor', { strand: t.schema(strand.short) })}
                        value={priority}
                        onChange={(_, data) => commit({ Priority: data.value })}
                      >
                        {PRIORITIES.map((p) => (
                          <Radio key={p} value={p} label={p} />
                        ))}
                      </RadioGroup>
                    ) : (
                      <PriorityBadge priority={priority} />
                    )}
                  </TableCell>
                  <TableCell className={styles.cell}>
                    {canEdit ? (
                      <Field validationState={errors[strand.id] ? 'error' : 'none'} validationMessage={errors[strand.id]}>
                        <CommitOnBlurTextarea
                          value={notes}
                          label={t('priorities.notesFor', { strand: t.schema(strand.short) })}
                          onCommit={(text) => commit({ Notes: text })}
                        />
                      </Field>
                    ) : (
                      <Text className={styles.notes}>{notes}</Text>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
