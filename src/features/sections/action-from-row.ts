import { strandChoice, type AnyRow, type FieldValue, type SectionDef } from '../../plan';
import { LINK_FIELDS } from '../../lib/plan-pages';

/** A new action's starting values when raised from a row: linked to it, in the section's strand, open. */
export function actionFromRow(section: SectionDef, row: AnyRow): Record<string, FieldValue> {
  return {
    ActionTitle: null,
    Strand: section.strand ? strandChoice(section.strand) : null,
    Status: 'Open',
    [LINK_FIELDS.section]: section.id,
    [LINK_FIELDS.row]: row.key,
  };
}

/** What a row is called: its label field's value, or the section's title when that is empty. */
export function rowLabel(section: SectionDef, row: AnyRow): string {
  const label = row.values[section.labelField];
  return label === null || label === undefined || label === '' ? section.title : String(label);
}
