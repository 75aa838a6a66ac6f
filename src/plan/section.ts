import type { FieldDef } from './field';
import type { StrandId } from './strands';

/**
 * How a section is laid out on the page. Most are plain tables; the rest follow the template's
 * own shape (a fixed list of strands, a grid, a tick list, the one-row plan header).
 */
export type SectionShape = 'header' | 'table' | 'priorities' | 'matrix' | 'checklist';

/** The pages of the template's home screen, in the template's order, plus the meeting records. */
export const PAGES = [
  { id: 'contacts', title: 'Key contacts and communications' },
  { id: 'promotion', title: 'Internal census promotion' },
  { id: 'areaProfile', title: 'Area profile review' },
  { id: 'challenges', title: 'Local information and challenges' },
  { id: 'priorities', title: 'Local priorities' },
  { id: 'communityPlanning', title: 'Community planning' },
  { id: 'communityUpdates', title: 'Community updates and concerns' },
  { id: 'communityPriorities', title: 'Community priorities' },
  { id: 'fieldStaff', title: 'Field staff recruitment and support' },
  { id: 'onlineCompletion', title: 'Supporting online completion' },
  { id: 'media', title: 'Local media support' },
  { id: 'qualityAssurance', title: 'Quality assurance' },
  { id: 'addressIndex', title: 'Address index' },
  { id: 'meetings', title: 'Meetings, actions and decisions' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

export interface SectionDef {
  /** Stable id used in code, URLs and exports (camelCase). */
  readonly id: string;
  /** The SharePoint list that stores this section's rows. */
  readonly list: string;
  /** Heading shown to people, in British English. */
  readonly title: string;
  /** The template's heading for this table (used by Word import and export). */
  readonly templateTitle: string;
  readonly page: PageId;
  readonly strand?: StrandId;
  readonly shape: SectionShape;
  /** Our own short guidance for the section (from the template's instructions). */
  readonly help?: string;
  /** Whether the council's people (ACLM, CLM, council staff) may edit it; the CEM always may. */
  readonly councilEdits: boolean;
  /** The field that names a row; its value also goes into SharePoint's Title column. */
  readonly labelField: string;
  readonly fields: readonly FieldDef[];
}

/** Declares a section, checking at compile time that it has the shape of a SectionDef. */
export function section<const S extends SectionDef>(def: S): S {
  return def;
}
