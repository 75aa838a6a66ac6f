import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { AgendaDiff } from '../../agenda';
import { dayText, type Translate } from '../../i18n';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { AgendaText } from '../../agenda';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Each difference as one line, in the reader's language. */
function diffLines(diff: AgendaDiff, t: Translate, say: (text: AgendaText) => string): string[] {
  const minutes = (m: number | undefined) => (m === undefined ? '—' : String(m));
  return [
    ...(diff.meetingDate ? [t('meeting.diff.date', { from: dayText(t, diff.meetingDate.from), to: dayText(t, diff.meetingDate.to) })] : []),
    ...(diff.targetMinutes ? [t('meeting.diff.length', { from: minutes(diff.targetMinutes.from), to: minutes(diff.targetMinutes.to) })] : []),
    ...diff.added.map((item) => t('meeting.diff.added', { title: say(item.title) })),
    ...diff.removed.map((item) => t('meeting.diff.removed', { title: say(item.title) })),
    ...diff.moved.map((m) => t('meeting.diff.moved', { title: say(m.item.title), from: m.from, to: m.to })),
    ...diff.retimed.map((r) => t('meeting.diff.retimed', { title: say(r.item.title), from: r.from, to: r.to })),
  ];
}

export interface AgendaDiffNoticeProps {
  readonly diff: AgendaDiff;
  /** Who agreed the other agenda, where storage says. */
  readonly by: string | undefined;
  onAgreeMine(): void;
  onKeepTheirs(): void;
}

/**
 * Someone agreed another agenda while this person was changing theirs: both are kept until the
 * person chooses, and the notice says how theirs differs. It takes focus (the ref) so the
 * keyboard lands on the choice rather than on the page.
 */
export const AgendaDiffNotice = forwardRef<HTMLDivElement, AgendaDiffNoticeProps>(function AgendaDiffNotice({ diff, by, onAgreeMine, onKeepTheirs }, ref) {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" ref={ref} tabIndex={-1} role="alert">
      <MessageBarBody>
        {by ? t('meeting.details.changedMeanwhileBy', { name: by }) : t('meeting.details.changedMeanwhile')}
        <ul className={styles.list} aria-label={t('meeting.diff.label')}>
          {diffLines(diff, t, say).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onAgreeMine}>
          {t('meeting.diff.agreeMine')}
        </Button>
        <Button onClick={onKeepTheirs}>{t('meeting.diff.useTheirs')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
});
