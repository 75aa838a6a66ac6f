import { randomBytes } from 'node:crypto';
import { graphInstant } from '../site-dates';
import type { StandInDb } from './database';

/** A file in the site's document library (Word exports are saved here). */
export interface DriveFile {
  readonly path: string;
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: string;
  readonly modifiedBy: string;
}

interface DriveRow {
  path: string;
  id: string;
  name: string;
  mime_type: string;
  size: number;
  version: number;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
}

const toFile = (r: DriveRow): DriveFile => ({
  path: r.path,
  id: r.id,
  name: r.name,
  mimeType: r.mime_type,
  size: r.size,
  version: r.version,
  created: r.created,
  modified: r.modified,
  createdBy: r.created_by,
  modifiedBy: r.modified_by,
});

const COLUMNS = 'path, id, name, mime_type, length(content) AS size, version, created, modified, created_by, modified_by';

export function findFile(db: StandInDb, path: string): DriveFile | undefined {
  const row = db.stmt(`SELECT ${COLUMNS} FROM drive_items WHERE path = ?`).get(path) as DriveRow | undefined;
  return row ? toFile(row) : undefined;
}

export function fileContent(db: StandInDb, path: string): Buffer | undefined {
  const row = db.stmt('SELECT content FROM drive_items WHERE path = ?').get(path) as { content: Buffer } | undefined;
  return row?.content;
}

/** Creates or replaces a file; says which. */
export function putFile(
  db: StandInDb,
  input: { path: string; name: string; mimeType: string; content: Buffer; by: string },
): { file: DriveFile; created: boolean } {
  return db.tx(() => {
    const now = graphInstant();
    const existing = findFile(db, input.path);
    if (existing) {
      db.stmt('UPDATE drive_items SET content = ?, mime_type = ?, version = version + 1, modified = ?, modified_by = ? WHERE path = ?').run(
        input.content,
        input.mimeType,
        now,
        input.by,
        input.path,
      );
    } else {
      // Graph driveItem ids are opaque upper-case strings starting "01".
      const id = `01${randomBytes(20).toString('hex').toUpperCase().slice(0, 32)}`;
      db.stmt(
        `INSERT INTO drive_items (path, id, name, mime_type, content, version, created, modified, created_by, modified_by)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
      ).run(input.path, id, input.name, input.mimeType, input.content, now, now, input.by, input.by);
    }
    return { file: findFile(db, input.path)!, created: !existing };
  });
}
