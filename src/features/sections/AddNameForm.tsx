import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent, type ReactNode } from 'react';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** A one-line "name + Add" form; `onAdd` returns a message when the name is refused. */
export function AddNameForm({
  label,
  buttonLabel,
  before,
  onAdd,
}: {
  label: string;
  buttonLabel: string;
  before?: ReactNode;
  onAdd(name: string): string | undefined;
}) {
  const styles = useStyles();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = onAdd(name.trim());
    setError(refused);
    if (!refused) setName('');
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {before}
      <Field label={label} validationState={error ? 'error' : 'none'} validationMessage={error}>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Button type="submit" icon={<AddRegular />}>
        {buttonLabel}
      </Button>
    </form>
  );
}
