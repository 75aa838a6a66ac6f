import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ACTION_STATUSES, type ActionStatus, type Row } from '../../plan';
import { isOpen } from '../../plan/insights';
import { textOf } from '../../plan/read-values';
import { useMessages } from '../../i18n';
import { useCurrentPlan } from '../../lib/plan-context';
import { SaveState } from './SaveState';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalS },
  control: { minWidth: 0 },
});

/** One action during the meeting: its status, owner and due date changed in place, or marked done. */
export function ActionControls({ action, writes }: { action: Row<'actions'>; writes: Pick<MeetingWrites, 'setActionStatus' | 'setActionDetails'> }) {
  const t = useMessages();
  const styles = useStyles();
  const { saving } = useCurrentPlan();
  const { errors, attempt } = useFieldErrors();
  const title = textOf(action.values.ActionTitle) ?? t('meeting.action.untitled');
  const owner = textOf(action.values.Owner) ?? '';
  const due = textOf(action.values.DueDate) ?? '';
  const [ownerDraft, setOwnerDraft] = useState(owner);
  // Someone else's change to the owner (or the save of ours) replaces what the box shows.
  useEffect(() => setOwnerDraft(owner), [owner]);

  const saveOwner = () => {
    if (ownerDraft.trim() !== owner) attempt(() => writes.setActionDetails(action, { owner: ownerDraft }));
  };

  return (
    <div className={styles.root} role="group" aria-label={t('meeting.action.group', { title })}>
      <div className={styles.head}>
        <Text weight="semibold">{title}</Text>
        <SaveState saving={saving.has(action.key)} />
      </div>
      <div className={styles.fields}>
        <Field label={t('meeting.action.status')}>
          <Select className={styles.control} value={textOf(action.values.Status) ?? 'Open'} onChange={(_, data) => writes.setActionStatus(action, data.value as ActionStatus)}>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('meeting.action.due')} validationState={errors.DueDate ? 'error' : 'none'} validationMessage={errors.DueDate}>
          <Input className={styles.control} type="date" value={due} onChange={(_, data) => attempt(() => writes.setActionDetails(action, { dueDate: data.value }))} />
        </Field>
      </div>
      <Field label={t('meeting.action.owner')} hint={t('field.hint.person')} validationState={errors.Owner ? 'error' : 'none'} validationMessage={errors.Owner}>
        <Input
          value={ownerDraft}
          onChange={(_, data) => setOwnerDraft(data.value)}
          onBlur={saveOwner}
          onKeyDown={(event) => event.key === 'Enter' && saveOwner()}
        />
      </Field>
      {isOpen(action) && (
        <Button icon={<CheckmarkRegular />} aria-label={t('meeting.action.markDoneFor', { title })} onClick={() => writes.setActionStatus(action, 'Done')}>
          {t('meeting.action.markDone')}
        </Button>
      )}
    </div>
  );
}
