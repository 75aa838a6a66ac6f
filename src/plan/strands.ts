/**
 * The strands of partnership activity. The ninth, census outputs, is outside the LAPP's scope,
 * so the plan works with the first eight.
 */
export const STRANDS = [
  { id: 1, name: 'Address register (updates and changes to inform the field operation)', short: 'Address register' },
  { id: 2, name: 'Information to identify and target local challenges', short: 'Local challenges' },
  { id: 3, name: 'Community liaison contacts and information (to support engagement)', short: 'Community liaison' },
  { id: 4, name: 'Support for recruitment of field staff', short: 'Recruitment' },
  { id: 5, name: 'Practical support for field operations (for example meeting rooms or parking)', short: 'Practical support' },
  { id: 6, name: "Support for online completion and ONS's Census Support Service", short: 'Online completion' },
  { id: 7, name: 'Support for local publicity and media relations activity', short: 'Publicity and media' },
  { id: 8, name: 'Provision of local data to support quality assurance', short: 'Quality assurance' },
] as const;

export type StrandId = (typeof STRANDS)[number]['id'];

/** Choice values used for a "Strand" column: "1 Address register", … — sortable and readable. */
export const STRAND_CHOICES: readonly string[] = STRANDS.map((s) => strandChoice(s.id));

export function strandChoice(id: StrandId): string {
  const strand = STRANDS.find((s) => s.id === id);
  if (!strand) throw new RangeError(`There is no strand ${id}`);
  return `${id} ${strand.short}`;
}

/** The strand a "Strand" choice value names, or undefined for an empty or unknown value. */
export function strandFromChoice(value: unknown): StrandId | undefined {
  if (typeof value !== 'string') return undefined;
  const id = Number.parseInt(value, 10);
  return STRANDS.some((s) => s.id === id) ? (id as StrandId) : undefined;
}

/**
 * The key of a plan's local-priority row for a strand. A plan is created with all eight, and
 * everything that fills them (the plan's creation, import) names them the same way.
 */
export function strandRowKey(planId: string, strand: StrandId): string {
  return `${planId}/strand-${strand}`;
}
