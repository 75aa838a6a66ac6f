import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { ACTION_STATUSES, type ActionStatus, type Row } from '../../plan';
import { isOpen } from '../../plan/progress';
import { textOf } from '../../plan/read-values';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { HeldInput } from './HeldInput';
import { useRowCardStyles } from './row-card-styles';
import { SaveState } from './SaveState';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalS },
  control: { minWidth: 0 },
});

/**
 * One action during the meeting: its status (saved when an option is chosen, never on an arrow
 * key), owner and due date (saved when the person is done with the field), or marked done.
 */
export function ActionControls({ action, writes }: { action: Row<'actions'>; writes: Pick<MeetingWrites, 'setActionStatus' | 'setActionDetails'> }) {
  const t = useFullMessages();
  const styles = { ...useRowCardStyles(), ...useStyles() };
  const { saving } = useCurrentPlan();
  const { errors, attempt } = useFieldErrors();
  const title = textOf(action.values.ActionTitle) ?? t('meeting.action.untitled');
  const status = textOf(action.values.Status) ?? 'Open';
  const open = isOpen(action);

  return (
    <div className={styles.root} role="group" aria-label={t('meeting.action.group', { title })}>
      <div className={styles.head}>
        <Text weight="semibold">{title}</Text>
        <SaveState saving={saving.has(action.key)} />
      </div>
      <div className={styles.fields}>
        <Field label={t('meeting.action.status')}>
          <Dropdown
            className={styles.control}
            value={status}
            selectedOptions={[status]}
            onOptionSelect={(_, data) => data.optionValue && data.optionValue !== status && writes.setActionStatus(action, data.optionValue as ActionStatus)}
          >
            {ACTION_STATUSES.map((choice) => (
              <Option key={choice} value={choice}>
                {choice}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <HeldInput
          label={t('meeting.action.due')}
          type="date"
          stored={textOf(action.values.DueDate) ?? ''}
          changedBy={action.modifiedBy}
          error={errors.DueDate}
          onSave={(dueDate) => attempt(() => writes.setActionDetails(action, { dueDate }))}
        />
      </div>
      <HeldInput
        label={t('meeting.action.owner')}
        hint={t('field.hint.person')}
        type="text"
        stored={textOf(action.values.Owner) ?? ''}
        changedBy={action.modifiedBy}
        error={errors.Owner}
        onSave={(owner) => attempt(() => writes.setActionDetails(action, { owner }))}
      />
      {/* Stays in place once done (focus with it), so the keyboard is not thrown to the page. */}
      <Button
        icon={<CheckmarkRegular />}
        aria-label={t('meeting.action.markDoneFor', { title })}
        disabledFocusable={!open}
        onClick={() => open && writes.setActionStatus(action, 'Done')}
      >
        {open ? t('meeting.action.markDone') : status}
      </Button>
    </div>
  );
}
