import { fieldOf, isSectionId, type AnyRow, type FieldDef, type SectionDef } from '../../plan';
import type { RowValues } from '../../storage/port';
import { ApiError } from '../http/api-error';
import type { RowPlanLookup } from './row-plans';

interface RowLink {
  readonly sectionField: FieldDef;
  readonly rowField: FieldDef;
  readonly section: string | undefined;
  readonly key: string | undefined;
}

function textIn(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The links to a row (`rowIn` in the schema: a row key and the field naming its section) that a
 * write sets or changes, as they will stand: a link whose two halves keep their values was checked
 * when it was written; one half changed makes a new link of the pair.
 */
function linksWritten(section: SectionDef, values: RowValues, before?: AnyRow): RowLink[] {
  return section.fields.flatMap((rowField) => {
    const sectionField = rowField.rowIn === undefined ? undefined : fieldOf(section, rowField.rowIn);
    if (!sectionField) return [];
    const names = [sectionField.name, rowField.name];
    if (!names.some((n) => n in values && textIn(values[n]) !== textIn(before?.values[n]))) return [];
    const after = (name: string) => textIn(name in values ? values[name] : before?.values[name]);
    return [{ sectionField, rowField, section: after(sectionField.name), key: after(rowField.name) }];
  });
}

const refused = (code: string, message: string, section: SectionDef) => new ApiError(400, code, `${message} Nothing was saved.`, { section: section.id });

/**
 * Refuses a row linked to a row of another plan (the concern an action came from, the offer of
 * help a decision is about), to a section the schema does not have, or to a row key with no
 * section to look it in. A key no row has yet is let through, as a meeting's key is (see
 * meeting-references.ts): the outbox may send the linked row after the row linking to it, and
 * such a key belongs to no other plan. A plan's own header is its only header: another key there
 * is refused without a read, so plan ids cannot be probed this way.
 */
export async function checkRowLinks(planOf: RowPlanLookup, planId: string, section: SectionDef, values: RowValues, before?: AnyRow): Promise<void> {
  for (const link of linksWritten(section, values, before)) {
    if (link.section !== undefined && !isSectionId(link.section)) {
      throw refused('unknownSection', `${link.sectionField.label}: "${link.section}" is not a section of the plan.`, section);
    }
    if (link.key === undefined) continue;
    if (link.section === undefined) {
      throw refused('linkWithoutSection', `${link.rowField.label}: "${link.key}" needs the section it is in (${link.sectionField.label}).`, section);
    }
    const foreign = link.section === 'plan' ? link.key !== planId : ((await planOf(link.section, link.key)) ?? planId) !== planId;
    if (foreign) {
      throw refused('rowNotInPlan', `${link.rowField.label}: "${link.key}" is not a row of this plan. A row can only be linked to a row of its own plan.`, section);
    }
  }
}
