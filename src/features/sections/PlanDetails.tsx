import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from '../../components/Panel';
import { SaveRegular } from '@fluentui/react-icons';
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { fieldOf, sectionById, type FieldDef } from '../../plan';
import { FieldValueText } from '../../components/FieldValueText';
import { RowFields, focusFirstInvalid } from '../../components/RowFields';
import { useRowForm } from '../../components/use-row-form';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { SectionHeader } from './SectionHeader';

const header = sectionById('plan');

/** The header's fields in groups; the signatures are left to the sign-off page. */
const GROUPS: readonly { title: 'details.partners' | 'details.milestones' | 'details.records'; fields: readonly string[] }[] = [
  { title: 'details.partners', fields: ['CouncilName', 'Census', 'Cem', 'Aclm', 'Clm', 'CouncilDomain'] },
  { title: 'details.milestones', fields: ['CensusDay', 'AnnounceFrom', 'AddressFrom', 'ActNowFrom', 'MeetingEveryDays'] },
  { title: 'details.records', fields: ['LastSharedOn', 'QaSentOn'] },
];

function fieldsOf(names: readonly string[]): FieldDef[] {
  return names.map((name) => fieldOf(header, name)).filter((f): f is FieldDef => f !== undefined);
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  groups: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'grid', gridTemplateColumns: 'minmax(8rem, 16rem) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The plan header: who the partners are, the census milestones and the meeting cadence. */
export function PlanDetails() {
  const { plan } = useCurrentPlan();
  const canEdit = usePlanAccess().canEdit(header);
  // A fresh form after each stored save, so the next save sends only what changed since.
  return canEdit ? <PlanDetailsForm key={plan.header.etag} /> : <PlanDetailsView />;
}

function PlanDetailsView() {
  const styles = useStyles();
  const t = useFullMessages();
  const headingId = useId();
  const { plan } = useCurrentPlan();
  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <SectionHeader section={header} headingId={headingId} title={t('details.sectionTitle')} />
      <div className={styles.groups}>
        {GROUPS.map((group) => (
          <Panel key={group.title} className={styles.card}>
            <h3 className={styles.groupTitle}>{t(group.title)}</h3>
            <dl className={styles.list}>
              {fieldsOf(group.fields).map((field) => (
                <div key={field.name} className={styles.pair}>
                  <dt className={styles.term}>{t.schema(field.label)}</dt>
                  <dd className={styles.value}>
                    <FieldValueText field={field} value={plan.header.values[field.name as keyof typeof plan.header.values]} />
                  </dd>
                </div>
              ))}
            </dl>
          </Panel>
        ))}
      </div>
    </section>
  );
}

function PlanDetailsForm() {
  const styles = useStyles();
  const t = useFullMessages();
  const headingId = useId();
  const { plan, updateRow, saving } = useCurrentPlan();
  const form = useRowForm(header, plan.header.values);
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<string>();

  useLayoutEffect(() => {
    if (attempt > 0) focusFirstInvalid(formRef.current);
  }, [attempt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = form.validate('update');
    if (!changes) {
      setAttempt((n) => n + 1);
      return;
    }
    if (Object.keys(changes).length === 0) {
      setOutcome(t('details.nothingChanged'));
      return;
    }
    setOutcome(undefined);
    void updateRow('plan', plan.header.key, changes);
  };

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <SectionHeader section={header} headingId={headingId} title={t('details.sectionTitle')} />
      <form ref={formRef} className={styles.page} onSubmit={submit} noValidate>
        <div className={styles.groups}>
          {GROUPS.map((group) => (
            <Panel key={group.title} className={styles.card}>
              <h3 className={styles.groupTitle}>{t(group.title)}</h3>
              <RowFields form={form} fields={fieldsOf(group.fields)} />
            </Panel>
          ))}
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabledFocusable={saving.has(plan.header.key)}>
            {t('details.save')}
          </Button>
          <Text role="status">{saving.has(plan.header.key) ? t('row.saving') : outcome}</Text>
        </div>
      </form>
    </section>
  );
}
