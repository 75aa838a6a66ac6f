import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useFirstActionFocus } from '../../components/use-first-action-focus';
import { AgendaInputError, meetingCadence, proposeNextMeetingDate, type Agenda } from '../../agenda';
import { sectionById, type Row } from '../../plan';
import { ErrorWords } from '../../components/ProblemWords';
import { FieldControl } from '../../components/FieldControl';
import { fromFormValue, toFormValue } from '../../components/form-values';
import { textOf } from '../../plan/read-values';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { closeRecord, defaultAttendees } from './close-record';
import { decisionsOf } from './meeting-rows';

/** The written summary is the schema's own field, so its label, help and limits come from one place. */
const summaryField = sectionById('meetings').fields.find((f) => f.name === 'Summary')!;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  summary: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

interface CloseMeetingProps {
  readonly meeting: Row<'meetings'>;
  readonly agenda: Agenda;
  onClose(): void;
}

/** The dialog's form, mounted while it is open so its proposals are made from the plan as it is then. */
function CloseMeetingForm({ meeting, agenda, onClose }: CloseMeetingProps) {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const { plan, updateRow } = useCurrentPlan();
  const [attendees, setAttendees] = useState(() => defaultAttendees(plan, meeting).join('\n'));
  const [nextDate, setNextDate] = useState(() => proposeNextMeetingDate(plan, agenda.meetingDate));
  const [summary, setSummary] = useState(() => toFormValue(summaryField, meeting.values.Summary ?? null));
  const [problem, setProblem] = useState<{ readonly said: string } | { readonly error: unknown }>();
  const cadence = meetingCadence(plan);
  const decisions = decisionsOf(plan, meeting.key).length;
  const raised = plan.sections.actions.filter((a) => textOf(a.values.RaisedInMeeting) === meeting.key).length;
  const closed = plan.sections.actions.filter((a) => textOf(a.values.ClosedInMeeting) === meeting.key).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      const record = closeRecord({
        plan,
        meeting,
        agenda,
        attendees: attendees.split('\n').map((a) => a.trim()).filter(Boolean),
        nextMeetingDate: nextDate,
        notesHeading: t('meeting.close.notesHeading'),
        agendaText: say,
        summary: String(fromFormValue(summaryField, summary) ?? ''),
      });
      void updateRow('meetings', meeting.key, record.meetingChanges);
      onClose();
    } catch (error) {
      // The agenda's checks say what to change; anything else (refused values, a fault) is worded by what it is.
      setProblem(error instanceof AgendaInputError ? { said: say(error.text) } : { error });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t('meeting.close.title')}</DialogTitle>
        <DialogContent className={styles.content}>
          <ul className={styles.summary} aria-label={t('meeting.close.summary')}>
            <li>{t.plural('meeting.close.decisions', decisions)}</li>
            <li>{t.plural('meeting.close.raised', raised)}</li>
            <li>{t.plural('meeting.close.closed', closed)}</li>
          </ul>
          <FieldControl field={summaryField} value={summary} onChange={setSummary} />
          <Field label={t('meeting.close.attendees')} hint={t('meeting.close.attendeesHint')}>
            <Textarea value={attendees} rows={4} resize="vertical" onChange={(_, data) => setAttendees(data.value)} />
          </Field>
          <Field
            label={t('meeting.close.nextDate')}
            hint={'days' in cadence ? t.plural('meeting.close.cadenceDays', cadence.days) : t.plural('meeting.close.cadenceMonths', cadence.months)}
          >
            <Input type="date" value={nextDate} onChange={(_, data) => setNextDate(data.value)} />
          </Field>
          {problem && (
            <MessageBar intent="error">
              <MessageBarBody>{'said' in problem ? problem.said : <ErrorWords error={problem.error} />}</MessageBarBody>
            </MessageBar>
          )}
        </DialogContent>
        <DialogActions>
          <DialogTrigger disableButtonEnhancement>
            <Button>{t('action.cancel')}</Button>
          </DialogTrigger>
          <Button type="submit" appearance="primary">
            {t('meeting.close.confirm')}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

/**
 * Closing the meeting: who attended and the next meeting's date (proposed from the plan's
 * cadence, fortnightly unless the plan says otherwise, and editable), then one write to the
 * Meetings row: Closed, the agreed agenda, minutes (with the notes), the next date. The dialog
 * stays mounted and closes by `open`: a modal dialog removed while open would leave the page
 * hidden from assistive technology.
 */
export function CloseMeetingDialog({ open, ...props }: CloseMeetingProps & { open: boolean }) {
  const surfaceRef = useFirstActionFocus(open);
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface ref={surfaceRef} aria-describedby={undefined}>
        {open && <CloseMeetingForm {...props} />}
      </DialogSurface>
    </Dialog>
  );
}
