import { translateFor } from '../../i18n/catalogues';
import { addDays, todayLocal, type IsoDate, type Plan } from '../../plan';
import { bilingual, DOCUMENT_LANGUAGES, type DocumentLanguage } from './languages';
import type { ExportFormat } from './formats';
import { handoverOutline, type PlanLocation } from './handover';
import { lappOutline } from './lapp-document';
import type { Outline } from './outline';
import { progressNoteOutline } from './progress-note';
import { renderDocx } from './render-docx';

export type { PlanLocation } from './handover';
export type { Block, Outline } from './outline';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats';
export { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from './languages';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportOptions {
  readonly today?: IsoDate;
  /** Progress note: what has happened is counted from this day (default: four weeks before today). */
  readonly since?: IsoDate;
  /** Progress note: the committee it is addressed to. */
  readonly committee?: string;
  /** Handover pack: where the plan is kept. */
  readonly location?: PlanLocation;
  /** English (the default), Welsh, or both with the Welsh first, as Welsh councils publish. */
  readonly language?: DocumentLanguage;
}

export interface ExportedDocument {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** The outline of one export, for code (and tests) that want the content rather than the file. */
export function exportOutline(plan: Plan, format: ExportFormat, options: ExportOptions = {}): Outline {
  const language = options.language ?? 'en-GB';
  if (language === 'bilingual') return bilingual(exportOutline(plan, format, { ...options, language: 'cy-GB' }), exportOutline(plan, format, { ...options, language: 'en-GB' }));
  return outlineIn(plan, format, options, language);
}

function outlineIn(plan: Plan, format: ExportFormat, options: ExportOptions, language: Exclude<DocumentLanguage, 'bilingual'>): Outline {
  const today = options.today ?? todayLocal();
  const t = translateFor(language);
  switch (format) {
    case 'lapp':
      return lappOutline(plan, today, t);
    case 'progress-note': {
      const since = options.since ?? addDays(today, -28);
      return progressNoteOutline(plan, { today, since, ...(options.committee && { committee: options.committee }) }, t);
    }
    case 'handover':
      return handoverOutline(plan, { today, ...(options.location && { location: options.location }) }, t);
  }
}

/** A plan exported as a Word document: the LAPP itself, a committee progress note or a handover pack. */
export async function exportPlan(plan: Plan, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedDocument> {
  const today = options.today ?? todayLocal();
  const bytes = await renderDocx(exportOutline(plan, format, { ...options, today }));
  return { fileName: `${plan.header.key}-${format}-${today}${DOCUMENT_LANGUAGES[options.language ?? 'en-GB'].fileSuffix}.docx`, contentType: DOCX_TYPE, bytes };
}
