import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { Announcement } from '../../components/Announcement';
import { useShareLink } from '../../components/use-share-link';
import { useFullMessages } from '../../i18n/use-full-messages';

const useStyles = makeStyles({
  note: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS, maxWidth: '72ch' },
  text: { color: tokens.colorNeutralForeground2 },
});

/**
 * Under a read-only section's heading: who changes it (from the roles matrix) and how to suggest a
 * change: raise it at the next meeting, or send them a link to the section.
 */
export function ReadOnlyNote({ editors, planId, route, label }: { editors: string; planId: string; route: string; label: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { share, status } = useShareLink(planId);
  return (
    <div className={styles.note}>
      <Text className={styles.text}>
        {editors} {t('access.suggest')}
      </Text>
      <Button appearance="subtle" size="small" icon={<LinkRegular />} onClick={() => void share(route, label)}>
        {t('access.copySectionLink')}
      </Button>
      <Announcement text={status} />
    </div>
  );
}
