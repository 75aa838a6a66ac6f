import type { FieldDef } from './field';
import type { SectionDef } from './section';
import { addressIndex } from './sections/address-index';
import { areaProfileReview } from './sections/area-profile';
import { localChallenges } from './sections/challenges';
import { agreedTopTen, onsTopGroups, otherGroups } from './sections/community-planning';
import { communityPriorities } from './sections/community-priorities';
import { communityUpdates, concernsRaised } from './sections/community-updates';
import { keyContacts, plannedCommunication } from './sections/contacts';
import { practicalSupport, recruitmentHelp } from './sections/field-staff';
import {
  bespokeCommunications,
  mediaTimescales,
  pressOffice,
  socialMediaChecklist,
  suggestedChannels,
  supportChecklist,
} from './sections/media';
import { actions, decisions, meetingNotes, meetings, snapshots } from './sections/meetings';
import { completionFacilities, offersOfHelp, onlineIdeas, supportCentres } from './sections/online-completion';
import { planHeader } from './sections/plan-header';
import { localPriorities } from './sections/priorities';
import { internalPromotion } from './sections/promotion';
import { qualityAssurance } from './sections/quality-assurance';

/**
 * The whole LAPP, in the template's order. Everything else — lists and columns, forms, grids,
 * validation, import and export — is derived from this array.
 */
export const SECTIONS = [
  planHeader,
  keyContacts,
  plannedCommunication,
  internalPromotion,
  areaProfileReview,
  localChallenges,
  localPriorities,
  onsTopGroups,
  otherGroups,
  agreedTopTen,
  communityUpdates,
  concernsRaised,
  communityPriorities,
  recruitmentHelp,
  practicalSupport,
  supportCentres,
  offersOfHelp,
  onlineIdeas,
  completionFacilities,
  supportChecklist,
  socialMediaChecklist,
  mediaTimescales,
  pressOffice,
  bespokeCommunications,
  suggestedChannels,
  qualityAssurance,
  addressIndex,
  actions,
  decisions,
  meetings,
  meetingNotes,
  snapshots,
] as const satisfies readonly SectionDef[];

export type AnySection = (typeof SECTIONS)[number];
export type SectionId = AnySection['id'];
/** Sections whose rows belong to a plan (everything but the plan header itself). */
export type RowSectionId = Exclude<SectionId, 'plan'>;
export type SectionById<Id extends SectionId> = Extract<AnySection, { id: Id }>;

const byId = new Map<string, SectionDef>(SECTIONS.map((s) => [s.id, s]));

/** The section with this id; throws for an unknown id (a programming error, not user input). */
export function sectionById<Id extends SectionId>(id: Id): SectionById<Id> {
  const found = byId.get(id);
  if (!found) throw new RangeError(`Unknown LAPP section "${id}"`);
  return found as SectionById<Id>;
}

export function isSectionId(id: string): id is SectionId {
  return byId.has(id);
}

/** The sections that hold rows of a plan, in template order. */
export const ROW_SECTIONS = SECTIONS.filter((s) => s.id !== 'plan') as readonly SectionDef[] as readonly Extract<
  AnySection,
  { id: RowSectionId }
>[];

export function fieldOf(section: SectionDef, name: string): FieldDef | undefined {
  return section.fields.find((f) => f.name === name);
}

/**
 * Columns every list carries besides the section's own fields: which plan a row belongs to,
 * the client-generated key that makes a retried create harmless, the row's place in order, and
 * who last changed it.
 */
export const SYSTEM_FIELDS = {
  planId: { name: 'PlanId', label: 'Plan', kind: 'text', indexed: true, required: true },
  clientKey: { name: 'ClientKey', label: 'Client key', kind: 'text', indexed: true, required: true },
  sortOrder: { name: 'SortOrder', label: 'Order', kind: 'number', columnTitle: 'Sort order' },
  /**
   * Who last changed the row ("Name <email>"). The plan service writes with the app's own identity,
   * so SharePoint's Modified By names the app; the service records the person it wrote for here.
   */
  changedBy: { name: 'ChangedBy', label: 'Changed by', kind: 'person', columnTitle: 'Changed by' },
} as const satisfies Record<string, FieldDef>;
