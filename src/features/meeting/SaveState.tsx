import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useFullMessages } from '../../i18n/use-full-messages';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
});

/** "Saving…" while writes are waiting for storage, "Saved" once they are in; announced politely. */
export function SaveState({ saving }: { saving: boolean }) {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <span role="status" className={styles.root}>
      {saving ? <Spinner size="extra-tiny" /> : <CheckmarkCircleRegular aria-hidden />}
      <Text size={200}>{saving ? t('meeting.save.saving') : t('meeting.save.saved')}</Text>
    </span>
  );
}
