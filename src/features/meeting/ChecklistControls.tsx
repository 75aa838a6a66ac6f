import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { phasesDueBy, STAGE_LABELS, type AgendaItem } from '../../agenda';
import type { AnyRow } from '../../plan';
import { findRow } from '../../plan/plan-rows';
import { textOf } from '../../plan/read-values';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { SectionHeading } from './SectionHeading';
import type { MeetingWrites } from './use-meeting-writes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  gap: { margin: 0, padding: 0, border: 'none', display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
});

/**
 * The media checklist gaps an agenda item lists, ticked in the call: one box per phase that is due
 * for the current stage, saved as soon as it is ticked (or unticked, for a slip). A box stays in
 * place once ticked, so focus never falls to the page.
 */
export function ChecklistControls({ item, writes }: { item: AgendaItem; writes: Pick<MeetingWrites, 'tickChecklist'> }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const stage = item.id.slice('checklist:'.length);
  const phases = phasesDueBy(stage in STAGE_LABELS ? (stage as keyof typeof STAGE_LABELS) : 'Preparation');
  const gaps = item.rows.flatMap((ref) => {
    const row = findRow(plan, ref.section, ref.key) as AnyRow | undefined;
    return row ? [{ ref, row }] : [];
  });
  if (phases.length === 0 || gaps.length === 0) return null;

  return (
    <section className={styles.root} aria-labelledby="checklist-gaps">
      <SectionHeading id="checklist-gaps" level={3}>
        {t('meeting.checklist.heading')}
      </SectionHeading>
      {gaps.map(({ ref, row }) => {
        const name = textOf(row.values.Item) ?? '';
        return (
          <fieldset key={ref.key} className={styles.gap}>
            <legend className={styles.legend}>{t('meeting.checklist.group', { item: name })}</legend>
            {phases.map((phase) => {
              const ticked = row.values[phase] === true;
              return (
                <Checkbox
                  key={phase}
                  label={t('meeting.checklist.tick', { phase: t.schema(STAGE_LABELS[phase]) })}
                  checked={ticked}
                  onChange={(_, data) => writes.tickChecklist(ref, phase, data.checked === true)}
                />
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
