import { formatMessage, type MessageParams } from '../../i18n/format';

/**
 * The documents tab's strings, in British English, in the app catalogue's style ("{name}" is
 * filled in at run time). Kept here until they join src/i18n/en-GB.ts under the same keys.
 */
export const documentsMessages = {
  'documents.title': 'Documents',
  'documents.import.title': 'Import an existing LAPP',
  'documents.import.intro':
    'Bring in a LAPP kept in Word (.docx) or saved as text (.txt). You will see what will be added before anything is saved, and importing the same file again adds nothing twice.',
  'documents.import.file': 'LAPP file',
  'documents.import.reading': 'Reading {file}: {percent}%',
  'documents.import.checking': 'Checking {file}…',
  'documents.count.rows.one': '{count} row',
  'documents.count.rows.other': '{count} rows',
  'documents.count.sections.one': '{count} section',
  'documents.count.sections.other': '{count} sections',
  'documents.count.lines.one': '{count} line',
  'documents.count.lines.other': '{count} lines',
  'documents.import.summary': '{rows} to add in {sections}; {already} already in the plan.',
  'documents.import.problems': 'Not imported, needs a look: {lines}.',
  'documents.import.noProblems': 'Every table line was placed or is part of the template.',
  'documents.import.year': 'Dates written without a year are read as {year}: {reason}.',
  'documents.import.sectionSummary': '{title}: {rows} to add, {unplaced} not placed',
  'documents.import.rowsCaption': 'Rows to add to {title}',
  'documents.import.unplacedCaption': 'Lines not placed in {title}',
  'documents.import.where': 'Where',
  'documents.import.values': 'Values',
  'documents.import.reason': 'Reason',
  'documents.import.template': 'Template',
  'documents.import.problem': 'Needs a look',
  'documents.import.already': 'Already in the plan',
  'documents.import.more': 'And {rows} more.',
  'documents.import.outside': 'Outside any table',
  'documents.import.commit': 'Import {rows}',
  'documents.import.again': 'Choose another file',
  'documents.import.progress': 'Saving rows: {done} of {total}',
  'documents.import.done': 'Imported {rows}. Already in the plan: {already}.',
  'documents.import.failed': 'Not saved: {rows}. Import the file again to finish: rows already saved are not added twice.',
  'documents.import.unreadable': 'The file could not be read.',
  'documents.import.tooLarge': '"{file}" is larger than {limit} MB. A LAPP is much smaller: remove pictures or save it as text and try again.',
  'documents.export.title': 'Export the plan',
  'documents.export.intro': 'Word documents made from the plan as it is now.',
  'documents.export.lapp': 'The LAPP (Word)',
  'documents.export.lappHint': 'Laid out like the template, with the sign-off and the date it was produced.',
  'documents.export.progressNote': 'Progress note for a committee',
  'documents.export.progressNoteHint': 'What has happened in each strand since a date, and the next steps.',
  'documents.export.handover': 'Handover pack',
  'documents.export.handoverHint': 'For a new CEM, ACLM or CLM: contacts, open actions, unresolved concerns, recent decisions and where everything is kept.',
  'documents.export.since': 'Since',
  'documents.export.committee': 'Committee',
  'documents.export.download': 'Download',
  'documents.export.downloadNamed': 'Download {document}',
  'documents.export.save': 'Save to the plan’s site',
  'documents.export.saveNamed': 'Save {document} to the plan’s site',
  'documents.export.making': 'Making {document}…',
  'documents.export.downloaded': '{file} downloaded.',
  'documents.export.saved': '{file} saved to the plan’s document library.',
  'documents.export.open': 'Open it',
  'documents.export.siteUnknown': 'the plan’s SharePoint site',
  'documents.export.failed': '{document} could not be made: {reason}',
} as const;

export type DocumentsMessageKey = keyof typeof documentsMessages;
export type DocumentsText = (key: DocumentsMessageKey, params?: MessageParams) => string;

/** `t()` for the documents tab. */
export const documentsText: DocumentsText = (key, params) => formatMessage(documentsMessages[key], params);

type CountBase = 'documents.count.rows' | 'documents.count.sections' | 'documents.count.lines';
const PLURALS = new Intl.PluralRules('en-GB');

/** "1 row", "3 rows". */
export function countText(base: CountBase, count: number): string {
  return documentsText(`${base}.${PLURALS.select(count) === 'one' ? 'one' : 'other'}`, { count: count.toLocaleString('en-GB') });
}
