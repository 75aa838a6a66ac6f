import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import type { AgendaItem } from '../../agenda';
import { sectionById } from '../../plan';
import { isUnresolved } from '../../plan/insights';
import { textOf } from '../../plan/read-values';
import { useMessages } from '../../i18n';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { ActionControls } from './ActionControls';
import { CommunityUpdateForm } from './CommunityUpdateForm';
import { ConcernForm } from './ConcernForm';
import { DecisionForm } from './DecisionForm';
import { actionsOnItem } from './meeting-rows';
import { NoteForm } from './NoteForm';
import { RaiseActionForm } from './RaiseActionForm';
import { SectionHeading } from './SectionHeading';
import type { MeetingWrites } from './use-meeting-writes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const SECTIONS = {
  decisions: sectionById('decisions'),
  actions: sectionById('actions'),
  concerns: sectionById('concernsRaised'),
  updates: sectionById('communityUpdates'),
  meetings: sectionById('meetings'),
};

/**
 * What can be recorded on the item being discussed, each written to the plan at once: a decision,
 * changes to its actions, a new action, a concern (or resolving one), a community update, a note.
 * Only what the person's role may change is offered.
 */
export function ItemRecorder({ item, writes }: { item: AgendaItem; writes: MeetingWrites }) {
  const t = useMessages();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const access = usePlanAccess();
  const actions = actionsOnItem(plan, item);
  const concernKeys = new Set(item.rows.filter((r) => r.section === 'concernsRaised').map((r) => r.key));
  const openConcerns = plan.sections.concernsRaised.filter((c) => concernKeys.has(c.key) && isUnresolved(c));
  const canEdit = (section: keyof typeof SECTIONS) => access.canEdit(SECTIONS[section]);
  // The less frequent records, folded away so the decision box stays near the top of a narrow panel.
  const panels: readonly { section: keyof typeof SECTIONS; label: string; form: JSX.Element }[] = [
    { section: 'actions', label: t('meeting.record.addAction'), form: <RaiseActionForm key={item.id} item={item} writes={writes} /> },
    { section: 'concerns', label: t('meeting.record.addConcern'), form: <ConcernForm writes={writes} /> },
    { section: 'updates', label: t('meeting.record.addUpdate'), form: <CommunityUpdateForm writes={writes} /> },
    { section: 'meetings', label: t('meeting.record.addNote'), form: <NoteForm key={item.id} item={item} writes={writes} /> },
  ];

  return (
    <div className={styles.root}>
      {canEdit('decisions') && <DecisionForm key={item.id} item={item} writes={writes} />}
      {actions.length > 0 && (
        <section className={styles.group} aria-labelledby="item-actions">
          <SectionHeading id="item-actions" level={3}>
            {t('meeting.record.itemActions')}
          </SectionHeading>
          {actions.map((action) =>
            canEdit('actions') ? (
              <ActionControls key={action.key} action={action} writes={writes} />
            ) : (
              <Text key={action.key}>{`${textOf(action.values.ActionTitle) ?? ''} (${textOf(action.values.Status) ?? ''})`}</Text>
            ),
          )}
        </section>
      )}
      {canEdit('concerns') &&
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
      <Accordion collapsible multiple>
        {panels
          .filter((panel) => canEdit(panel.section))
          .map((panel) => (
            <AccordionItem key={panel.section} value={panel.section}>
              <AccordionHeader>{panel.label}</AccordionHeader>
              <AccordionPanel>{panel.form}</AccordionPanel>
            </AccordionItem>
          ))}
      </Accordion>
    </div>
  );
}
