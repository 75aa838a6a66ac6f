import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from '../../components/Panel';
import { RouteLink } from '../../components/RouteLink';
import { useMessages } from '../../i18n';
import { PriorityBadge } from '../../components/PriorityBadge';
import type { StrandSummary } from './strand-summary';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  number: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  description: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  counts: { display: 'flex', columnGap: tokens.spacingHorizontalL, marginTop: 'auto', paddingTop: tokens.spacingVerticalS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One strand on the home page: its local priority and how many actions are open and overdue. */
export function StrandCard({ summary, to }: { summary: StrandSummary; to: string | undefined }) {
  const t = useMessages();
  const styles = useStyles();
  return (
    <Panel className={styles.card}>
      <div className={styles.top}>
        <Text className={styles.number}>{t('strand.number', { id: summary.id })}</Text>
        <PriorityBadge priority={summary.priority} />
      </div>
      <h3 className={styles.name}>{to ? <RouteLink to={to}>{t.schema(summary.short)}</RouteLink> : t.schema(summary.short)}</h3>
      <Text className={styles.description}>{t.schema(summary.name)}</Text>
      <div className={styles.counts}>
        <Text>{t.plural('home.openActions', summary.openActions)}</Text>
        {summary.overdueActions > 0 ? (
          <Text className={styles.overdue}>{t.plural('home.overdueActions', summary.overdueActions)}</Text>
        ) : (
          <Text>{t('home.noneOverdue')}</Text>
        )}
      </div>
    </Panel>
  );
}
