/** The documents a plan can be exported as (kept apart from the renderer, so naming them loads no Word code). */
export const EXPORT_FORMATS = ['lapp', 'progress-note', 'handover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether a string names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
