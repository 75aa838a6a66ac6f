import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Row } from '../../plan';
import { dateOf } from '../../plan/read-values';
import { dayText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '640px' },
  choices: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

/**
 * The plan has more than one meeting this call could be (or one on a day further off): the
 * person says which, once; the choice is saved on that row, so nobody is asked again.
 */
export function PlannedMeetingChoice({ rows, canChoose, onChoose }: { rows: readonly Row<'meetings'>[]; canChoose: boolean; onChoose(row: Row<'meetings'> | undefined): void }) {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('meeting.link.title')}</MessageBarTitle>
          {canChoose ? t('meeting.link.body') : t('meeting.link.readOnly')}
        </MessageBarBody>
      </MessageBar>
      {canChoose && (
        <div className={styles.choices} role="group" aria-label={t('meeting.link.title')}>
          {rows.map((row) => {
            const date = dateOf(row.values.MeetingDate);
            return (
              <Button key={row.key} appearance="primary" onClick={() => onChoose(row)}>
                {t('meeting.link.planned', { date: date ? dayText(t, date) : '' })}
              </Button>
            );
          })}
          <Button onClick={() => onChoose(undefined)}>{t('meeting.link.new')}</Button>
        </div>
      )}
    </main>
  );
}
