import { useCallback } from 'react';
import { ValidationError, validateValues, type AnyRow, type RowSectionId, type SectionDef } from '../../plan';
import { useCurrentPlan } from '../../lib/plan-context';
import { fieldErrorText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';

/**
 * Saves one cell of an editor that is not a form (priorities, matrix, checklist): updates the row,
 * or creates it with `newRow`'s values when there is none yet. Checked with the schema's rules
 * first; returns the message to show beside the cell when they refuse it.
 */
export function useCellSave(section: SectionDef) {
  const plan = useCurrentPlan();
  const t = useFullMessages();
  return useCallback(
    (row: AnyRow | undefined, changes: Record<string, unknown>, newRow: Record<string, unknown> = {}): string | undefined => {
      try {
        if (row) void plan.updateRow(row.section, row.key, validateValues(section, changes, 'update'));
        else void plan.createRow(section.id as RowSectionId, validateValues(section, { ...newRow, ...changes }, 'create'));
        return undefined;
      } catch (error) {
        if (error instanceof ValidationError) return error.errors.map((e) => fieldErrorText(t, e)).join(' ');
        throw error;
      }
    },
    [plan, section, t],
  );
}
