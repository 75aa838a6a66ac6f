import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import type { AgendaItem } from '../../agenda';
import { sectionById } from '../../plan';
import { isUnresolved } from '../../plan/progress';
import { textOf } from '../../plan/read-values';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { ActionControls } from './ActionControls';
import { ChecklistControls } from './ChecklistControls';
import { recordSection, type RecordKind } from './meeting-records';
import { actionsOnItem } from './meeting-rows';
import { OfferControls } from './OfferControls';
import { RecordForm } from './RecordForm';
import { SectionHeading } from './SectionHeading';
import type { MeetingWrites } from './use-meeting-writes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const actionsSection = sectionById('actions');
const concernsSection = sectionById('concernsRaised');

/** The less frequent records, folded away so the decision box stays near the top of a narrow panel. */
const FOLDED: readonly { kind: RecordKind; label: 'meeting.record.addAction' | 'meeting.record.addConcern' | 'meeting.record.addUpdate' | 'meeting.record.addNote' }[] = [
  { kind: 'action', label: 'meeting.record.addAction' },
  { kind: 'concern', label: 'meeting.record.addConcern' },
  { kind: 'update', label: 'meeting.record.addUpdate' },
  { kind: 'note', label: 'meeting.record.addNote' },
];

/**
 * What can be recorded on the item being discussed, each written to the plan at once: a decision,
 * changes to its actions, a new action, a concern (or resolving one), a community update, a note.
 * Only what the person's role may change is offered.
 */
export function ItemRecorder({ item, writes }: { item: AgendaItem; writes: MeetingWrites }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const access = usePlanAccess();
  const actions = actionsOnItem(plan, item);
  const concernKeys = new Set(item.rows.filter((r) => r.section === 'concernsRaised').map((r) => r.key));
  const openConcerns = plan.sections.concernsRaised.filter((c) => concernKeys.has(c.key) && isUnresolved(c));
  const canRecord = (kind: RecordKind) => access.canEdit(recordSection(kind));

  return (
    <div className={styles.root}>
      {canRecord('decision') && <RecordForm kind="decision" item={item} writes={writes} />}
      {actions.length > 0 && (
        <section className={styles.group} aria-labelledby="item-actions">
          <SectionHeading id="item-actions" level={3}>
            {t('meeting.record.itemActions')}
          </SectionHeading>
          {actions.map((action) =>
            access.canEdit(actionsSection) ? (
              <ActionControls key={action.key} action={action} writes={writes} />
            ) : (
              <Text key={action.key}>{`${textOf(action.values.ActionTitle) ?? ''} (${textOf(action.values.Status) ?? ''})`}</Text>
            ),
          )}
        </section>
      )}
      {access.canEdit(concernsSection) &&
        openConcerns.map((concern) => (
          <Button
            key={concern.key}
            icon={<CheckmarkRegular />}
            aria-label={t('meeting.record.resolveFor', { concern: textOf(concern.values.Concern) ?? '' })}
            onClick={() => writes.resolveConcern(concern)}
          >
            {t('meeting.record.resolve')}
          </Button>
        ))}
      {item.kind === 'offer' &&
        item.rows
          .filter((ref) => access.canEdit(sectionById(ref.section)))
          .map((ref) => <OfferControls key={ref.key} offer={ref} writes={writes} />)}
      {item.kind === 'checklist' && item.rows.some((ref) => access.canEdit(sectionById(ref.section))) && <ChecklistControls item={item} writes={writes} />}
      <Accordion collapsible multiple>
        {FOLDED.filter((panel) => canRecord(panel.kind)).map((panel) => (
          <AccordionItem key={panel.kind} value={panel.kind}>
            <AccordionHeader>{t(panel.label)}</AccordionHeader>
            <AccordionPanel>
              <RecordForm kind={panel.kind} item={item} writes={writes} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
