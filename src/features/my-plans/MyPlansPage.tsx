import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useFullMessages } from '../../i18n/use-full-messages';
import { LoadState } from './LoadState';
import { PlanCard } from './PlanCard';
import { useMyPlans, type MyPlan } from './use-my-plans';
import { PageTitle } from '../../components/PageTitle';
import { NewPlanButton } from './NewPlanButton';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  heading: { margin: 0, marginBottom: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
});

function PlanGroup({ id, title, plans, empty }: { id: string; title: string; plans: readonly MyPlan[]; empty: string }) {
  const styles = useStyles();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {plans.length === 0 ? (
        <Text className={styles.muted}>{empty}</Text>
      ) : (
        <div className={styles.grid}>
          {plans.map((plan) => (
            <PlanCard key={plan.summary.id} plan={plan} />
          ))}
        </div>
      )}
    </section>
  );
}

/** The personal tab: the plans this person takes part in, and the others they can read. */
export function MyPlansPage() {
  const t = useFullMessages();
  const styles = useStyles();
  const state = useMyPlans();
  return (
    <div className={styles.page}>
      <div className={styles.titleRow}>
        <PageTitle>{t('myPlans.title')}</PageTitle>
        <NewPlanButton />
      </div>
      <LoadState state={state} failedTitle={t('myPlans.failed')} />
      {state.status === 'ready' && (
        <>
          <PlanGroup
            id="my-plans"
            title={t('myPlans.mine')}
            plans={state.plans.filter((p) => p.role !== 'manager')}
            empty={t('myPlans.noneMine')}
          />
          <PlanGroup
            id="other-plans"
            title={t('myPlans.others')}
            plans={state.plans.filter((p) => p.role === 'manager')}
            empty={t('myPlans.noneOther')}
          />
        </>
      )}
    </div>
  );
}
