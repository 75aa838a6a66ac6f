import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { AnyRow, FieldDef } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { fromFormValue, toFormValue, type FormValue } from './form-values';
import { INLINE_KINDS } from './InlineCellEditor';

/** What a section grid needs to edit its cells in place. */
export interface InlineEditing {
  /** A field this person may change in a cell (the kinds of INLINE_KINDS, less those shown specially). */
  canEditField(field: FieldDef): boolean;
  /** The row's name, for the editor's label and the announcement ("Book the hall"). */
  rowLabel(row: AnyRow): string;
  /**
   * Saves one field of a row through the same rules and outbox as the row's form. Returns the
   * schema's message when the value is refused (nothing is saved), undefined once it is sent.
   */
  save(row: AnyRow, field: FieldDef, value: unknown): string | undefined;
}

interface EditedCell {
  readonly rowKey: string;
  readonly field: string;
  readonly error?: string;
}

/**
 * Which cell is being edited and what happens when it is done: saved (and announced), refused
 * (the message stays beside the control), or cancelled. Focus goes back to the cell when the
 * editor closes with focus still in it, so the keyboard carries on from where it was.
 */
export function useInlineEdit(containerRef: RefObject<HTMLElement | null>, editing: InlineEditing | undefined) {
  const t = useFullMessages();
  const [cell, setCell] = useState<EditedCell>();
  const [announcement, setAnnouncement] = useState<string>();
  const closed = useRef<EditedCell>();
  // The cell open right now, ahead of the next render: an editor leaving the page blurs, and that
  // late blur must not save a second time.
  const open = useRef<EditedCell>();

  useEffect(() => {
    const last = closed.current;
    if (cell || !last) return;
    closed.current = undefined;
    const rows = containerRef.current?.querySelectorAll<HTMLElement>('[data-row-key]') ?? [];
    const row = [...rows].find((r) => r.dataset.rowKey === last.rowKey);
    [...(row?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])].find((c) => c.dataset.cell === last.field)?.focus();
  }, [cell, containerRef]);

  return useMemo(() => {
    const close = (current: EditedCell | undefined, message?: string) => {
      // Back to the cell only from a key or pick inside the editor: a click elsewhere moved focus on purpose.
      closed.current = containerRef.current?.contains(document.activeElement) ? current : undefined;
      open.current = undefined;
      setCell(undefined);
      if (message) setAnnouncement(message);
    };
    const start = (row: AnyRow, field: FieldDef) => {
      setAnnouncement(undefined);
      open.current = { rowKey: row.key, field: field.name };
      setCell(open.current);
    };
    return {
      error: cell?.error,
      announcement,
      canEdit: (field: FieldDef) => editing !== undefined && INLINE_KINDS.includes(field.kind) && editing.canEditField(field),
      isEditing: (row: AnyRow, field: FieldDef) => cell?.rowKey === row.key && cell.field === field.name,
      labelOf: (row: AnyRow) => editing?.rowLabel(row) ?? '',
      startValue: (row: AnyRow, field: FieldDef) => toFormValue(field, row.values[field.name]),
      onCellKeyDown(event: KeyboardEvent<HTMLElement>, row: AnyRow, field: FieldDef) {
        if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== 'F2')) return;
        event.preventDefault();
        start(row, field);
      },
      onCellClick(event: MouseEvent<HTMLElement>, row: AnyRow, field: FieldDef) {
        if ((event.target as Element).closest('a, button, input, [role="combobox"]')) return;
        start(row, field);
      },
      commit(row: AnyRow, field: FieldDef, value: FormValue) {
        if (!editing || !cell || open.current !== cell) return;
        if (value === toFormValue(field, row.values[field.name])) {
          close(cell);
          return;
        }
        const saved = fromFormValue(field, value);
        const refused = editing.save(row, field, saved);
        // Named as it now reads, in case the cell changed the row's name.
        const renamed = { ...row, values: { ...row.values, [field.name]: saved } } as AnyRow;
        if (refused) {
          open.current = { ...cell, error: refused };
          setCell(open.current);
        }
        else close(cell, t('grid.saved', { field: t.schema(field.label), label: editing.rowLabel(renamed) }));
      },
      cancel(announce: boolean) {
        if (!cell || open.current !== cell) return;
        close(cell, announce ? t('grid.cancelled') : undefined);
      },
    };
  }, [cell, announcement, editing, t, containerRef]);
}
