import { refuse } from '../http/api-error';

/** SharePoint's single line of text holds 255 characters; a ClientKey is one. */
export const MAX_ROW_KEY_LENGTH = 255;

const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/** A row's client key: what the browser made (a UUID, or a snapshot's `key/part`), never a line break or an overlong text. */
export function checkRowKey(key: string): void {
  if (key.length > MAX_ROW_KEY_LENGTH) throw refuse.badRequest(`A row key is at most ${MAX_ROW_KEY_LENGTH} characters; this one has ${key.length}.`);
  if (CONTROL.test(key)) throw refuse.badRequest('A row key cannot hold control characters such as line breaks or tabs.');
}

/** Names Windows and SharePoint keep for themselves, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini)(\..*)?$/i;

/**
 * A document's file name, as SharePoint accepts one in a library: no folder separators or the
 * characters it forbids, no control characters, not hidden, no leading or trailing space or
 * trailing dot, and none of the names SharePoint reserves (`_vti_`, device names).
 * https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa
 */
export function checkDocumentName(name: string): void {
  const plain = /^[^\\/:*?"<>|#%]{1,200}$/.test(name) && !CONTROL.test(name);
  const shaped = !name.startsWith('.') && !name.startsWith(' ') && !/[. ]$/.test(name) && !name.startsWith('~$');
  if (!plain || !shaped || /_vti_/i.test(name) || RESERVED.test(name)) throw refuse.badRequest(`"${name.replace(CONTROLS, '?')}" cannot be a file name in the document library.`);
}

/** What the app files in a plan's folder: its Word exports (src/documents/export), nothing else. */
export const FILED_DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Every .docx is a ZIP package, which begins with a local file header. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * A document the service files with its own identity must be what the app exports: a Word
 * document by name and by its first bytes. Council people have no SharePoint permission of their
 * own; without this they could place pages, scripts or anything else in the census office's site.
 */
export function checkFiledDocument(name: string, bytes: Uint8Array): void {
  const isZip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
  if (!/\.docx$/i.test(name) || !isZip) throw refuse.badRequest(`Only Word documents (.docx) exported from the plan are filed in its folder; "${name.replace(CONTROLS, '?')}" is not one.`);
}
