import {
  Checkbox,
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
import { useId } from 'react';
import { CAMPAIGN_PHASES, fieldOf, type AnyRow, type SectionDef } from '../../plan';
import { FieldValueText } from '../../components/FieldValueText';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useFullMessages } from '../../i18n/use-full-messages';
import { rowLabel } from './action-from-row';
import { SectionHeader } from './SectionHeader';
import { useCellSave } from './use-cell-save';
import { useRowSection } from './use-row-section';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  scroller: { overflowX: 'auto' },
  table: { minWidth: '720px' },
  item: { width: '40%' },
  phase: { width: '7rem', textAlign: 'center' },
  actions: { width: '4rem' },
  highlighted: { backgroundColor: tokens.colorBrandBackground2 },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** A media checklist: each item ticked per campaign phase (Announce, Address, Act Now). */
export function ChecklistEditor({ section, highlightKey }: { section: SectionDef; highlightKey?: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  const headingId = useId();
  const save = useCellSave(section);
  const { rows, canEdit, renderActions, addButton, dialogs, emptyText } = useRowSection(section);
  const nextSteps = fieldOf(section, 'NextSteps');
  const phaseLabel = (phase: string) => t.schema(fieldOf(section, phase)?.label ?? phase);

  const tick = (row: AnyRow, phase: string, checked: boolean) => save(row, { [phase]: checked });

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeader section={section} headingId={headingId} actions={addButton} />
      {rows.length === 0 ? (
        <Text className={styles.empty}>{emptyText}</Text>
      ) : (
        <div className={styles.scroller}>
          <Table className={styles.table} aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.item}>{t('checklist.item')}</TableHeaderCell>
                {CAMPAIGN_PHASES.map((phase) => (
                  <TableHeaderCell key={phase} className={styles.phase}>
                    {phaseLabel(phase)}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell>{nextSteps && t.schema(nextSteps.label)}</TableHeaderCell>
                <TableHeaderCell className={styles.actions}>
                  <VisuallyHidden>{t('row.actionsColumn')}</VisuallyHidden>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => {
                const label = rowLabel(section, row);
                return (
                  <TableRow key={row.key} className={row.key === highlightKey ? styles.highlighted : undefined}>
                    <TableCell>{label}</TableCell>
                    {CAMPAIGN_PHASES.map((phase) => (
                      <TableCell key={phase} className={styles.phase}>
                        <Checkbox
                          aria-label={t('checklist.tickLabel', { item: label, phase: phaseLabel(phase) })}
                          checked={row.values[phase] === true}
                          disabled={!canEdit}
                          onChange={(_, data) => tick(row, phase, data.checked === true)}
                        />
                      </TableCell>
                    ))}
                    <TableCell>{nextSteps && <FieldValueText field={nextSteps} value={row.values.NextSteps} />}</TableCell>
                    <TableCell>
                      {renderActions(row)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {dialogs}
    </section>
  );
}
