import {
  Button,
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
import { AddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { CAMPAIGN_PHASES, fieldOf, sectionById, type AnyRow, type SectionDef, type SectionId } from '../../plan';
import { FieldValueText } from '../../components/FieldValueText';
import { LiveStatus } from '../../components/LiveStatus';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useShareLink } from '../../components/use-share-link';
import { useMessages } from '../../i18n';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { rowsOf } from '../../lib/plan-rows';
import { pathFor } from '../../lib/routes';
import { rowLabel } from './action-from-row';
import { RowActionsMenu } from './RowActionsMenu';
import type { RowDialog } from './RowDialogs';
import { RowDialogsOnDemand } from './RowDialogsOnDemand';
import { SectionHeader } from './SectionHeader';
import { useCellSave } from './use-cell-save';

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

const actionsSection = sectionById('actions');

/** A media checklist: each item ticked per campaign phase (Announce, Address, Act Now). */
export function ChecklistEditor({ section, highlightKey }: { section: SectionDef; highlightKey?: string }) {
  const t = useMessages();
  const styles = useStyles();
  const headingId = useId();
  const { plan, planId, saving } = useCurrentPlan();
  const access = usePlanAccess();
  const canEdit = access.canEdit(section);
  const save = useCellSave(section);
  const { share, status } = useShareLink(planId);
  const [dialog, setDialog] = useState<RowDialog>();
  const rows = rowsOf(plan, section.id as SectionId);
  const nextSteps = fieldOf(section, 'NextSteps');
  const phaseLabel = (phase: string) => fieldOf(section, phase)?.label ?? phase;

  const tick = (row: AnyRow, phase: string, checked: boolean) => save(row, { [phase]: checked });

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeader
        section={section}
        headingId={headingId}
        actions={
          canEdit && (
            <Button icon={<AddRegular />} aria-label={t('row.addTo', { section: section.title })} onClick={() => setDialog({ kind: 'add' })}>
              {t('row.add')}
            </Button>
          )
        }
      />
      {rows.length === 0 ? (
        <Text className={styles.empty}>{canEdit ? t('row.emptyEditable') : t('row.empty')}</Text>
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
                <TableHeaderCell>{nextSteps?.label}</TableHeaderCell>
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
                      <RowActionsMenu
                        row={row}
                        label={label}
                        canEdit={canEdit}
                        canAddAction={access.canEdit(actionsSection)}
                        saving={saving.has(row.key)}
                        open={setDialog}
                        copyLink={(r) => void share(pathFor('section', { planId, sectionId: section.id }, { row: r.key }), label)}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <RowDialogsOnDemand section={section} dialog={dialog} onClose={() => setDialog(undefined)} />
      <LiveStatus text={status} />
    </section>
  );
}
