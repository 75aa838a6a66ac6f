import { Badge, Card, CardHeader, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { BuildingGovernmentRegular } from '@fluentui/react-icons';
import { dayText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';
import type { MyPlan } from './use-my-plans';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** One plan in "My plans": the council, the person's role in it, sign-off, and a link to open it. */
export function PlanCard({ plan }: { plan: MyPlan }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { summary } = plan;
  const headingId = `plan-${summary.id}`;
  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <CardHeader
        image={<BuildingGovernmentRegular fontSize={28} />}
        header={
          <h3 id={headingId} className={styles.title}>
            <Link href={surfaceUrl('tab', { plan: summary.id })}>{summary.council}</Link>
          </h3>
        }
        description={<Text className={styles.muted}>{summary.census}</Text>}
      />
      <div className={styles.badges}>
        <Badge appearance="tint" color="brand">
          {t(`role.${plan.role}`)}
        </Badge>
        <Badge appearance={plan.aclmSigned ? 'tint' : 'outline'} color={plan.aclmSigned ? 'success' : 'informative'}>
          {plan.aclmSigned ? t('myPlans.aclmSigned') : t('myPlans.aclmNotSigned')}
        </Badge>
        <Badge appearance={plan.clmSigned ? 'tint' : 'outline'} color={plan.clmSigned ? 'success' : 'informative'}>
          {plan.clmSigned ? t('myPlans.clmSigned') : t('myPlans.clmNotSigned')}
        </Badge>
      </div>
      <Text className={styles.muted}>{t('myPlans.modified', { date: dayText(t, summary.modified.slice(0, 10)) })}</Text>
    </Card>
  );
}
