import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatDate, isIsoDate, sectionById, todayLocal, type IsoDate } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { useAgendaText, useMessages } from '../../i18n';
import { surfaceUrl } from '../../lib/links';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { AgendaEditor } from './AgendaEditor';
import { AgendaList } from './AgendaList';
import { defaultMeetingDate, proposedAgenda } from './meeting-agenda';
import { useMeeting } from './meeting-context';
import { SaveState } from './SaveState';
import { agendaShareText } from './share-text';
import { ShareTextPanel } from './ShareTextPanel';
import { useAgendaEditor } from './use-agenda-editor';
import { useMeetingWrites } from './use-meeting-writes';

const meetings = sectionById('meetings');

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  date: { maxWidth: '240px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Before the call (the meeting's details tab): the agenda the plan proposes for the meeting's
 * date, edited and agreed. Agreeing saves it as the meeting's AgendaSnapshot on its Meetings row,
 * creating the row (Planned, keyed by the Teams meeting) the first time.
 */
export function AgendaPlanner() {
  const t = useMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const { plan, planId, saving } = useCurrentPlan();
  const writes = useMeetingWrites();
  const access = usePlanAccess();
  const meeting = useMeeting();
  const { agreed } = meeting;
  const [date, setDate] = useState<IsoDate>(() => dateOf(meeting.row?.values.MeetingDate) ?? defaultMeetingDate(plan, todayLocal()));
  const [changing, setChanging] = useState(false);
  const editor = useAgendaEditor(() => agreed.agenda ?? proposedAgenda(plan, date, meeting.key));
  const canEdit = access.canEdit(meetings);
  const editing = canEdit && (changing || !agreed.agenda);
  const council = textOf(plan.header.values.CouncilName) ?? planId;

  const chooseDate = (value: string) => {
    if (!isIsoDate(value)) return;
    setDate(value);
    editor.reset(proposedAgenda(plan, value, meeting.key));
  };

  const agree = () => {
    writes.agreeAgenda(editor.agenda);
    setChanging(false);
  };

  const shown = editing ? editor.agenda : (agreed.agenda ?? editor.agenda);
  return (
    <section className={styles.root} aria-labelledby="agenda-heading">
      <div className={styles.heading}>
        <Title3 as="h1" id="agenda-heading">
          {t('meeting.details.heading', { council, date: formatDate(shown.meetingDate) })}
        </Title3>
        <Badge appearance="tint" color={agreed.agenda ? 'success' : 'informative'}>
          {agreed.agenda ? t('meeting.details.agreed') : t('meeting.details.proposed')}
        </Badge>
        {meeting.row && <SaveState saving={saving.has(meeting.key)} />}
      </div>
      {agreed.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('meeting.details.unreadable', { problem: agreed.problem })}</MessageBarBody>
        </MessageBar>
      )}
      {!canEdit && <Text>{t('meeting.details.readOnly')}</Text>}
      {editing ? (
        <>
          <Field label={t('meeting.details.date')} hint={t('meeting.details.dateHint')} className={styles.date}>
            <Input type="date" value={date} onChange={(_, data) => chooseDate(data.value)} />
          </Field>
          {editor.agenda.notes.map(say).map((note) => (
            <MessageBar key={note} intent="info">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
          <Text>{t('meeting.details.total', { items: editor.agenda.items.length, minutes: editor.agenda.totalMinutes })}</Text>
          <AgendaEditor editor={editor} />
          <div className={styles.buttons}>
            <Button appearance="primary" icon={<CheckmarkRegular />} onClick={agree} disabled={editor.agenda.items.length === 0}>
              {t('meeting.details.agree')}
            </Button>
            <Button onClick={() => editor.reset(proposedAgenda(plan, date, meeting.key))}>{t('meeting.details.startAgain')}</Button>
            {agreed.agenda && <Button onClick={() => setChanging(false)}>{t('action.cancel')}</Button>}
          </div>
        </>
      ) : (
        <>
          <AgendaList items={shown.items} label={t('meeting.agenda.listLabel')} withReasons />
          {canEdit && (
            <div className={styles.buttons}>
              <Button icon={<EditRegular />} onClick={() => {
                if (agreed.agenda) editor.reset(agreed.agenda);
                setChanging(true);
              }}>
                {t('meeting.details.change')}
              </Button>
            </div>
          )}
          {agreed.agenda && (
            <ShareTextPanel
              text={agendaShareText(council, agreed.agenda, t)}
              url={surfaceUrl('meeting-details', { plan: planId, meeting: meeting.key })}
              label={t('meeting.share.agendaText')}
            />
          )}
        </>
      )}
    </section>
  );
}
