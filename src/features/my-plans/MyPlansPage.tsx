import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { PlanCard } from './PlanCard';
import { useMyPlans, type MyPlan } from './use-my-plans';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  heading: { margin: 0, marginBottom: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
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
  const t = useMessages();
  const styles = useStyles();
  const state = useMyPlans();
  return (
    <div className={styles.page}>
      <PageTitle>{t('myPlans.title')}</PageTitle>
      {state.status === 'loading' && <Spinner label={t('app.loading')} />}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('myPlans.failed')}</MessageBarTitle>
            {state.error instanceof Error ? state.error.message : String(state.error)}
          </MessageBarBody>
        </MessageBar>
      )}
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
