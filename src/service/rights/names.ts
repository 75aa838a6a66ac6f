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
