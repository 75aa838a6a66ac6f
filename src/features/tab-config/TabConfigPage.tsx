import {
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PlanSummary } from '../../plan';
import { ErrorWords } from '../../components/ProblemWords';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';
import { useStore } from '../../lib/store-context';
import { useHost } from '../../teams';
import { CreatePlanForm } from '../../components/CreatePlanForm';
import { tabConfigFor } from './tab-config-for';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  card: { padding: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The configurable tab's settings page: pick an existing plan or start one for a council. Teams
 * enables Save once a plan is chosen and then stores the tab's address for it.
 */
export function TabConfigPage() {
  const t = useFullMessages();
  const styles = useStyles();
  const store = useStore();
  const host = useHost();
  const [plans, setPlans] = useState<readonly PlanSummary[]>();
  const [loadError, setLoadError] = useState<{ readonly error: unknown }>();
  const [chosen, setChosen] = useState<string>();

  useEffect(() => {
    store.listPlans().then(setPlans, (error: unknown) => setLoadError({ error }));
  }, [store]);

  const plan = plans?.find((p) => p.id === chosen);
  useEffect(() => {
    host.actions.setTabConfig(plan ? tabConfigFor(plan) : null);
  }, [plan, host.actions]);

  const created = (summary: PlanSummary) => {
    setPlans((current) => [...(current ?? []).filter((p) => p.id !== summary.id), summary]);
    setChosen(summary.id);
  };

  return (
    <div className={styles.page}>
      <PageTitle>{t('config.title')}</PageTitle>
      <Text className={styles.muted}>{t('config.intro')}</Text>
      <Card className={styles.card}>
        <h2 className={styles.heading} id="choose-plan">
          {t('config.choose')}
        </h2>
        {loadError && (
          <MessageBar intent="error">
            <MessageBarBody>
              <ErrorWords error={loadError.error} />
            </MessageBarBody>
          </MessageBar>
        )}
        {!plans && !loadError && <Spinner size="small" label={t('app.loading')} />}
        {plans && plans.length === 0 && <Text>{t('config.noPlans')}</Text>}
        {plans && plans.length > 0 && (
          <RadioGroup aria-labelledby="choose-plan" value={chosen ?? ''} onChange={(_, data) => setChosen(data.value)}>
            {plans.map((p) => (
              <Radio key={p.id} value={p.id} label={t('config.planOption', { council: p.council, census: p.census })} />
            ))}
          </RadioGroup>
        )}
      </Card>
      <Card className={styles.card}>
        <h2 className={styles.heading}>{t('config.start')}</h2>
        <CreatePlanForm onCreated={created} />
      </Card>
      {plan &&
        (host.inTeams ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('config.readyInTeams', { council: plan.council })}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="info">
            <MessageBarBody>
              {t('config.outsideTeams')} <Link href={surfaceUrl('tab', { plan: plan.id })}>{t('config.open', { council: plan.council })}</Link>
            </MessageBarBody>
          </MessageBar>
        ))}
    </div>
  );
}
