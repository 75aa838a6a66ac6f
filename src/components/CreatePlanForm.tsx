import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent, type ReactElement } from 'react';
import { ValidationError, sectionById, validateValues, type PlanSummary } from '../plan';
import { fieldErrorTexts } from '../i18n';
import { useFullMessages } from '../i18n/use-full-messages';
import { useStore } from '../lib/store-context';
import { ErrorWords } from './ProblemWords';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '480px' },
});

/**
 * Starts a plan for a council (storage makes its creator the CEM): from the tab's settings and from My plans. Checked with the plan
 * header's own rules before anything is sent; storage's refusals land on the same fields.
 */
export function CreatePlanForm({ onCreated }: { onCreated(plan: PlanSummary): void }) {
  const t = useFullMessages();
  const styles = useStyles();
  const store = useStore();
  const [values, setValues] = useState({ CouncilName: '', Census: '' });
  const [errors, setErrors] = useState<Record<string, string | ReactElement>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const valid = validateValues(sectionById('plan'), values, 'update');
      setErrors({});
      setBusy(true);
      const header = await store.createPlan({ council: String(valid.CouncilName), census: String(valid.Census) });
      onCreated({ id: header.key, council: String(valid.CouncilName), census: String(valid.Census), modified: header.modified, header: header.values as PlanSummary['header'] });
    } catch (error) {
      setErrors(error instanceof ValidationError ? fieldErrorTexts(t, error) : { CouncilName: <ErrorWords error={error} /> });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof typeof values, label: string, hint: string) => (
    <Field
      label={label}
      hint={hint}
      required
      validationState={errors[name] ? 'error' : 'none'}
      validationMessage={errors[name]}
    >
      <Input value={values[name]} onChange={(_, data) => setValues((current) => ({ ...current, [name]: data.value }))} />
    </Field>
  );
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      {field('CouncilName', t('config.council'), t('config.councilHint'))}
      {field('Census', t('config.census'), t('config.censusHint'))}
      <div>
        <Button type="submit" appearance="primary" icon={<AddRegular />} disabledFocusable={busy}>
          {t('config.create')}
        </Button>
      </div>
    </form>
  );
}
