import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useFullMessages } from '../../i18n/use-full-messages';

const useStyles = makeStyles({
  incoming: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  control: { minWidth: 0 },
});

export interface HeldInputProps {
  readonly label: string;
  readonly hint?: string;
  readonly type: 'text' | 'date';
  /** The value as stored (someone else's change arrives here). */
  readonly stored: string;
  /** Who last changed the row, to say whose value arrived. */
  readonly changedBy: string | undefined;
  readonly error?: string;
  /** Called once the person is done: on Enter or on leaving the field, and only for a real change. */
  onSave(value: string): void;
}

/**
 * A field saved when the person is done with it, never per keystroke. While it has focus, a
 * change someone else saves does not replace what is being typed: it shows beside the field,
 * and the person keeps theirs or takes it. A date half typed (the browser cannot read it) is
 * not saved, so it can never clear the stored date.
 */
export function HeldInput({ label, hint, type, stored, changedBy, error, onSave }: HeldInputProps) {
  const t = useFullMessages();
  const styles = useStyles();
  const [draft, setDraft] = useState(stored);
  // The stored value the draft started from: what "changed by someone else" is measured against.
  const [basis, setBasis] = useState(stored);
  const [focused, setFocused] = useState(false);
  const [incoming, setIncoming] = useState<string>();

  if (stored !== basis) {
    setBasis(stored);
    // Not typing here (or nothing typed yet): simply show the new value.
    if (!focused && incoming === undefined) setDraft(stored);
    else if (draft === basis) setDraft(stored);
    else if (stored !== draft) setIncoming(stored);
  }
  if (incoming !== undefined && incoming !== stored) setIncoming(stored === draft ? undefined : stored);

  const finish = (input: HTMLInputElement) => {
    if (type === 'date' && input.validity.badInput) return;
    if (incoming !== undefined) return;
    if (draft.trim() !== stored) onSave(draft.trim());
  };

  const keepMine = () => {
    setIncoming(undefined);
    if (draft.trim() !== stored) onSave(draft.trim());
  };
  const takeTheirs = () => {
    setIncoming(undefined);
    setDraft(stored);
  };

  return (
    <div>
      <Field label={label} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
        <Input
          className={styles.control}
          type={type}
          value={draft}
          onChange={(_, data) => setDraft(data.value)}
          onFocus={() => setFocused(true)}
          onBlur={(event: FocusEvent<HTMLInputElement>) => {
            setFocused(false);
            finish(event.currentTarget);
          }}
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => event.key === 'Enter' && finish(event.currentTarget)}
        />
      </Field>
      {incoming !== undefined && (
        <div className={styles.incoming} role="status">
          <Text size={200}>
            {changedBy
              ? t('meeting.held.changedBy', { name: changedBy, value: incoming === '' ? t('field.notSet') : incoming })
              : t('meeting.held.changed', { value: incoming === '' ? t('field.notSet') : incoming })}
          </Text>
          <Button size="small" onClick={keepMine}>
            {t('meeting.held.keepMine')}
          </Button>
          <Button size="small" onClick={takeTheirs}>
            {t('meeting.held.takeTheirs')}
          </Button>
        </div>
      )}
    </div>
  );
}
