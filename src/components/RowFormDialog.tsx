import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { FieldValue, SectionDef, ValidatedValues } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { DiscardChangesBar } from './DiscardChangesBar';
import { useFirstActionFocus } from './use-first-action-focus';
import { RowFields, focusFirstInvalid } from './RowFields';
import { useRowForm } from './use-row-form';

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface RowFormDialogProps {
  readonly section: SectionDef;
  readonly title: string;
  readonly mode: 'create' | 'update';
  readonly initial: Readonly<Record<string, FieldValue>>;
  readonly open: boolean;
  /** Fields set by the app and not shown, such as the row an action is linked to. */
  readonly hiddenFields?: readonly string[];
  /** Shown above the fields, e.g. what a new action is linked to. */
  readonly intro?: ReactNode;
  onSave(values: ValidatedValues): void;
  onClose(): void;
}

/** A dialog with one control per field of the section; it closes only once the values are valid. */
export function RowFormDialog({ section, title, mode, initial, open, hiddenFields = [], intro, onSave, onClose }: RowFormDialogProps) {
  const t = useFullMessages();
  const surfaceRef = useFirstActionFocus(open);
  const styles = useStyles();
  const form = useRowForm(section, initial);
  const contentRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  // Where the person was when they pressed Escape: "Keep editing" takes them back there.
  const editingAt = useRef<HTMLElement | null>(null);
  const keepEditing = () => {
    setConfirmingDiscard(false);
    editingAt.current?.focus();
  };

  useLayoutEffect(() => {
    if (attempt > 0) focusFirstInvalid(contentRef.current);
  }, [attempt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = form.validate(mode);
    if (!values) {
      setAttempt((n) => n + 1);
      return;
    }
    onClose();
    // Saved once the form is gone, so that an instant answer (a conflict) opens its own dialog
    // after this one has closed rather than beside it.
    if (mode === 'create' || Object.keys(values).length > 0) window.setTimeout(() => onSave(values), 0);
  };

  return (
    // No closing animation: a save's answer (a conflict dialog, say) must not arrive while this
    // modal is still on its way out, or the two modals hide each other from assistive technology.
    <Dialog
      open={open}
      modalType="modal"
      surfaceMotion={null}
      onOpenChange={(_, data) => {
        if (data.open) return;
        // Cancel says what it does; Escape or a stray click outside asks first when something was typed.
        if (form.dirty && (data.type === 'escapeKeyDown' || data.type === 'backdropClick')) {
          if (!confirmingDiscard) editingAt.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setConfirmingDiscard(true);
        } else onClose();
      }}
    >
      <DialogSurface ref={surfaceRef} className={styles.surface} aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content} ref={contentRef}>
              {confirmingDiscard && <DiscardChangesBar onKeep={keepEditing} onDiscard={onClose} />}
              {intro}
              <RowFields form={form} fields={section.fields.filter((f) => !hiddenFields.includes(f.name))} />
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{t('action.cancel')}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary">
                {t('action.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
