import { Checkbox, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { FieldDef, FieldKind } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { DateField } from './DateField';
import type { FormValue } from './form-values';

/** The kinds of field a grid cell edits in place; the rest open the row's form. */
export const INLINE_KINDS: readonly FieldKind[] = ['text', 'choice', 'date', 'boolean'];

/**
 * Arrow, Home and End keys belong to the control while a cell is edited, not to the grid's
 * arrow-key navigation (Fluent's DataGrid uses Tabster, which reads this attribute).
 */
const KEEP_KEYS = JSON.stringify({
  focusable: { ignoreKeydown: { ArrowUp: true, ArrowDown: true, ArrowLeft: true, ArrowRight: true, Home: true, End: true, PageUp: true, PageDown: true } },
});

const NOT_SET = '';

const useStyles = makeStyles({
  editor: { minWidth: '120px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  control: { width: '100%', minWidth: 0 },
});

export interface InlineCellEditorProps {
  readonly field: FieldDef;
  /** What the person sees as the cell's name ("Status of "Book the hall""). */
  readonly label: string;
  readonly value: FormValue;
  /** The schema's message after a refused save; the editor stays open beside it. */
  readonly error?: string;
  /** Saves the value (Enter, leaving the control, a choice picked, a date confirmed). */
  onCommit(value: FormValue): void;
  /** Escape: puts the cell back as it was, saving nothing. */
  onCancel(): void;
  /** Focus moved elsewhere with nothing to save: the cell simply shows its value again. */
  onLeave(): void;
}

/** One cell of a section grid in edit mode: the field's own control, focused, saving when done. */
export function InlineCellEditor({ field, label, value, error, onCommit, onCancel, onLeave }: InlineCellEditorProps) {
  const styles = useStyles();
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const control = wrapper.current?.querySelector<HTMLElement>('input, button, [role="combobox"]');
    control?.focus();
    if (control instanceof HTMLInputElement && control.type === 'text') control.select();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in a portalled popup (the calendar, the list of choices) bubble here through
    // React: those are the popup's own.
    if (!wrapper.current?.contains(event.target as Node)) return;
    if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && wrapper.current?.contains(next)) return;
    // Moving into the calendar or the list of choices is still editing.
    if (next instanceof Element && next.closest('.fui-DatePicker__popupSurface, [role="listbox"]')) return;
    if (field.kind === 'text') onCommit((event.target as HTMLInputElement).value);
    // A date that is not a real one stays on screen with its message until fixed or cancelled.
    // The date field marks it in the render this blur causes, so look once that has happened.
    else
      window.setTimeout(() => {
        if (wrapper.current && !wrapper.current.querySelector('[aria-invalid="true"]')) onLeave();
      }, 0);
  };

  return (
    <div ref={wrapper} className={styles.editor} data-tabster={KEEP_KEYS} onKeyDown={onKeyDown} onBlur={onBlur}>
      <Control field={field} label={label} value={value} error={error} onCommit={onCommit} />
    </div>
  );
}

function Control({ field, label, value, error, onCommit }: Pick<InlineCellEditorProps, 'field' | 'label' | 'value' | 'error' | 'onCommit'>) {
  const t = useFullMessages();
  const styles = useStyles();
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const message = { validationState: error ? ('error' as const) : ('none' as const), validationMessage: error };

  switch (field.kind) {
    case 'boolean':
      return (
        <Field {...message}>
          <Checkbox aria-label={label} checked={value === true} onChange={(_, data) => onCommit(data.checked === true)} />
        </Field>
      );
    case 'date':
      return <DateField compact label={label} value={text} error={error} onChange={(next, valid) => valid && onCommit(next)} />;
    case 'choice': {
      const choices = [...(field.required ? [] : [NOT_SET]), ...(field.choices ?? [])];
      const shown = (choice: string) => (choice === NOT_SET ? t('field.notSet') : t.schema(choice));
      return (
        <Field {...message}>
          <Dropdown
            className={styles.control}
            aria-label={label}
            value={text === NOT_SET ? '' : t.schema(text)}
            selectedOptions={[text]}
            onOptionSelect={(_, data) => onCommit(data.optionValue ?? NOT_SET)}
          >
            {choices.map((choice) => (
              <Option key={choice || 'not-set'} value={choice} text={shown(choice)}>
                {shown(choice)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      );
    }
    default:
      return (
        <Field {...message}>
          <Input
            className={styles.control}
            aria-label={label}
            value={text}
            autoComplete="off"
            onChange={(_, data) => setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onCommit(text);
              }
            }}
          />
        </Field>
      );
  }
}
