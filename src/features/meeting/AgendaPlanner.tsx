import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { AgendaInputError, checkTargetMinutes, diffAgendas, isSameAgenda, type Agenda, type AgendaDiff } from '../../agenda';
import { isIsoDate, sectionById, planToday, type IsoDate } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { dayText } from '../../i18n';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { ProblemWords } from '../../components/ProblemWords';
import { surfaceUrl } from '../../lib/links';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { AgendaDiffNotice } from './AgendaDiffNotice';
import { AgendaEditor } from './AgendaEditor';
import { AgendaList } from './AgendaList';
import { defaultMeetingDate, plannedMinutesOf, proposedAgenda } from './meeting-agenda';
import { useMeeting } from './meeting-context';
import { SaveState } from './SaveState';
import { agendaShareText } from './share-text';
import { ShareTextPanel } from './ShareTextPanel';
import { useAgendaEditor } from './use-agenda-editor';
import { useMeetingWrites } from './use-meeting-writes';

const meetings = sectionById('meetings');
const plannedLength = meetings.fields.find((f) => f.name === 'PlannedMinutes')!;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  date: { maxWidth: '240px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  meetingFields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  skip: {
    alignSelf: 'flex-start',
    color: tokens.colorBrandForegroundLink,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Before the call (the meeting's details tab): the agenda the plan proposes for the meeting's
 * date, edited and agreed. Agreeing saves it as the meeting's AgendaSnapshot on its Meetings row,
 * creating the row (Planned, keyed by the Teams meeting) the first time.
 */
export function AgendaPlanner() {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const { plan, planId, saving } = useCurrentPlan();
  const writes = useMeetingWrites();
  const access = usePlanAccess();
  const meeting = useMeeting();
  const { agreed } = meeting;
  const [date, setDate] = useState<IsoDate>(() => dateOf(meeting.row?.values.MeetingDate) ?? defaultMeetingDate(plan, planToday()));
  const [target, setTarget] = useState(() => String(plannedMinutesOf(meeting.row) ?? agreed.agenda?.targetMinutes ?? ''));
  const [targetError, setTargetError] = useState<string>();
  const [changing, setChanging] = useState(false);
  const propose = (on: IsoDate, minutes: string) => proposedAgenda(plan, on, meeting.key, minutes.trim() === '' ? undefined : Number(minutes));
  const editor = useAgendaEditor(() => agreed.agenda ?? propose(date, target));
  // The agreed agenda this person's changes started from: another one agreed since is shown as a difference, never saved over.
  const savedJson = textOf(meeting.row?.values.AgendaSnapshot) ?? '';
  const [base, setBase] = useState(savedJson);
  const [clash, setClash] = useState<AgendaDiff>();
  const canEdit = access.canEdit(meetings);
  // Someone else agreeing never takes away what this person has changed but not yet agreed.
  const editing = canEdit && (changing || !agreed.agenda || editor.edited);
  const council = textOf(plan.header.values.CouncilName) ?? planId;
  const agreeButton = useRef<HTMLButtonElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const clashNotice = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<'change' | 'clash'>();

  useEffect(() => {
    const wanted = focusAfter.current;
    focusAfter.current = undefined;
    if (wanted === 'change') changeButton.current?.focus();
    if (wanted === 'clash') clashNotice.current?.focus();
  }, [editing, clash]);

  const chooseDate = (value: string) => {
    if (!isIsoDate(value)) return;
    setDate(value);
    editor.reset(propose(value, target), true);
  };

  const chooseTarget = (value: string) => {
    setTarget(value);
    try {
      if (value.trim() !== '') checkTargetMinutes(Number(value));
      setTargetError(undefined);
      editor.reset(propose(date, value), true);
    } catch (error) {
      if (!(error instanceof AgendaInputError)) throw error;
      setTargetError(say(error.text));
    }
  };

  const startChanging = () => {
    if (agreed.agenda) editor.reset(agreed.agenda);
    setBase(savedJson);
    setChanging(true);
  };

  const finish = (agenda: Agenda | undefined) => {
    if (agenda) writes.agreeAgenda(agenda);
    editor.reset(agenda ?? agreed.agenda ?? editor.agenda);
    setClash(undefined);
    setChanging(false);
    // The view changes under the keyboard: focus goes to the button now in the same place.
    focusAfter.current = 'change';
  };

  const agree = () => {
    if (targetError) return;
    const diff = agreed.agenda && savedJson !== base ? diffAgendas(agreed.agenda, editor.agenda) : undefined;
    if (diff && !isSameAgenda(diff)) {
      setClash(diff);
      focusAfter.current = 'clash';
      return;
    }
    finish(editor.agenda);
  };

  const shown = editing ? editor.agenda : (agreed.agenda ?? editor.agenda);
  return (
    <section className={styles.root} aria-labelledby="agenda-heading">
      <div className={styles.heading}>
        <Title3 as="h1" id="agenda-heading">
          {t('meeting.details.heading', { council, date: dayText(t, shown.meetingDate) })}
        </Title3>
        <Badge appearance="tint" color={agreed.agenda ? 'success' : 'informative'}>
          {agreed.agenda ? t('meeting.details.agreed') : t('meeting.details.proposed')}
        </Badge>
        {meeting.row && <SaveState saving={saving.has(meeting.key)} />}
      </div>
      {agreed.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <ProblemWords text={{ sentence: t('meeting.details.unreadable'), details: [], english: agreed.problem }} />
          </MessageBarBody>
        </MessageBar>
      )}
      {!canEdit && <Text>{t('meeting.details.readOnly')}</Text>}
      {editing ? (
        <>
          <a
            href="#agree-agenda"
            className={styles.skip}
            onClick={(event) => {
              event.preventDefault();
              agreeButton.current?.focus();
            }}
          >
            {t('meeting.details.skipToAgree')}
          </a>
          {clash && <AgendaDiffNotice ref={clashNotice} diff={clash} by={meeting.row?.modifiedBy} onAgreeMine={() => finish(editor.agenda)} onKeepTheirs={() => finish(undefined)} />}
          <div className={styles.meetingFields}>
            <Field label={t('meeting.details.date')} hint={t('meeting.details.dateHint')} className={styles.date}>
              <Input type="date" value={date} onChange={(_, data) => chooseDate(data.value)} />
            </Field>
            <Field label={t.schema(plannedLength.label)} hint={plannedLength.help && t.schema(plannedLength.help)} validationMessage={targetError} className={styles.date}>
              <Input type="number" min={1} max={480} value={target} placeholder={String(editor.agenda.targetMinutes ?? '')} onChange={(_, data) => chooseTarget(data.value)} />
            </Field>
          </div>
          {editor.agenda.notes.map(say).map((note) => (
            <MessageBar key={note} intent="info">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
          <Text>
            {editor.agenda.targetMinutes === undefined
              ? t('meeting.details.total', { items: editor.agenda.items.length, minutes: editor.agenda.totalMinutes })
              : t('meeting.details.totalOfTarget', { items: editor.agenda.items.length, minutes: editor.agenda.totalMinutes, target: editor.agenda.targetMinutes })}
          </Text>
          <AgendaEditor editor={editor} />
          <div className={styles.buttons}>
            <Button
              id="agree-agenda"
              ref={agreeButton}
              appearance="primary"
              icon={<CheckmarkRegular />}
              onClick={agree}
              disabledFocusable={editor.agenda.items.length === 0}
            >
              {t('meeting.details.agree')}
            </Button>
            <Button onClick={() => editor.reset(propose(date, target), true)}>{t('meeting.details.startAgain')}</Button>
            {agreed.agenda && <Button onClick={() => finish(undefined)}>{t('action.cancel')}</Button>}
          </div>
        </>
      ) : (
        <>
          <AgendaList items={shown.items} label={t('meeting.agenda.listLabel')} withReasons />
          {canEdit && (
            <div className={styles.buttons}>
              <Button ref={changeButton} icon={<EditRegular />} onClick={startChanging}>
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
