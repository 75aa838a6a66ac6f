import { StorageError } from '../../errors';

/** Where each section's delta stopped: its deltaLink, relative to the Graph root. */
export type DeltaLinks = Readonly<Record<string, string>>;

const VERSION = 1;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** An opaque cursor for `changes`: base64url JSON of the delta links per section. */
export function encodeCursor(links: DeltaLinks): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify({ v: VERSION, links })));
}

/** The delta links a cursor holds; a clear error for anything this adapter did not issue. */
export function decodeCursor(cursor: string): DeltaLinks {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(fromBase64Url(cursor))) as { v?: unknown; links?: unknown };
    const links = parsed.links;
    if (parsed.v === VERSION && links && typeof links === 'object' && Object.values(links).every((l) => typeof l === 'string')) {
      return links as DeltaLinks;
    }
  } catch {
    // Falls through to the error below: the cursor is not ours.
  }
  throw new StorageError(400, 'invalidCursor', 'This change cursor was not issued by this app; load the plan again to get a new one.');
}
