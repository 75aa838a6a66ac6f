import { makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from '../../components/Panel';
import { fieldOf, sectionById } from '../../plan';
import { FieldValueText } from '../../components/FieldValueText';
import { RouteLink } from '../../components/RouteLink';
import { useMessages } from '../../i18n';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { pathFor } from '../../lib/routes';

const MILESTONES = ['AnnounceFrom', 'AddressFrom', 'ActNowFrom', 'CensusDay', 'MeetingEveryDays'] as const;
const header = sectionById('plan');

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** The census milestones the plan works to, from the plan header. */
export function MilestonesSummary() {
  const t = useMessages();
  const styles = useStyles();
  const { plan, planId } = useCurrentPlan();
  // "Edit" only for who may change the details; everyone else finds them read only.
  const canEdit = usePlanAccess().canEdit(header);
  return (
    <Panel className={styles.card}>
      <h2 className={styles.title}>{t('details.milestones')}</h2>
      <dl className={styles.list}>
        {MILESTONES.map((name) => {
          const field = fieldOf(header, name);
          return (
            field && (
              <div key={name} className={styles.pair}>
                <dt className={styles.term}>{t.schema(field.label)}</dt>
                <dd className={styles.value}>
                  <FieldValueText field={field} value={plan.header.values[name]} />
                </dd>
              </div>
            )
          );
        })}
      </dl>
      <RouteLink to={pathFor('section', { planId, sectionId: 'plan' })}>{t(canEdit ? 'home.openDetails' : 'home.seeDetails')}</RouteLink>
    </Panel>
  );
}
