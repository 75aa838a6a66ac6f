import { PAGES, SECTIONS, isSectionId, type FieldDef, type PageId, type SectionDef, type SectionId } from '../plan';

/** Fields that link an action or decision back to a row; shown as one "linked to" column. */
export const LINK_FIELDS = { section: 'LinkedSection', row: 'LinkedRowKey' } as const;

/** Sections the plan's pages edit row by row. The header has its own page; snapshots belong to sign-off. */
const PAGE_SECTIONS: readonly SectionDef[] = SECTIONS.filter((s) => s.shape !== 'header' && s.id !== 'snapshots');

export function sectionsOnPage(page: PageId): readonly SectionDef[] {
  return PAGE_SECTIONS.filter((s) => s.page === page);
}

/** The page a section is shown on, or undefined for one no page shows (the header, snapshots). */
export function pageOf(sectionId: string): (typeof PAGES)[number] | undefined {
  if (!isSectionId(sectionId)) return undefined;
  const section = PAGE_SECTIONS.find((s) => s.id === sectionId);
  return section && PAGES.find((p) => p.id === section.page);
}

/** The first section of each page: what the navigation links to. */
export function firstSectionOf(page: PageId): SectionId | undefined {
  return sectionsOnPage(page)[0]?.id as SectionId | undefined;
}

const MAX_COLUMNS = 6;

/**
 * The columns a section's grid shows: its fields in order, the link pair folded into one, at most
 * six (every field is still in the row's form and details).
 */
export function gridFields(section: SectionDef): readonly FieldDef[] {
  return section.fields.filter((f) => f.name !== LINK_FIELDS.row).slice(0, MAX_COLUMNS);
}

/** The first section that works on a strand: where a strand's card on the home page leads. */
export function firstSectionOfStrand(strand: number): SectionId | undefined {
  return PAGE_SECTIONS.find((s) => s.strand === strand)?.id as SectionId | undefined;
}
