import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';

/**
 * The stand-in's SQLite database (development and tests only): a file under LAPP_DATA_DIR that
 * survives restarts, or ':memory:' for tests. Statements are prepared once and reused; every write
 * runs in a transaction so nothing is half-written.
 */
export class StandInDb {
  readonly sqlite: Database.Database;
  /** Changes with every new database, so delta tokens from an old database answer 410 Gone. */
  readonly instanceId: string;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.sqlite = new Database(file);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('foreign_keys = ON');
    this.sqlite.pragma('busy_timeout = 5000');
    this.sqlite.exec(SCHEMA_SQL);
    const existing = this.getMeta('instance');
    this.instanceId = existing ?? randomUUID();
    if (!existing) {
      this.setMeta('instance', this.instanceId);
      this.setMeta('schema_version', String(SCHEMA_VERSION));
    }
  }

  /** A prepared statement, compiled on first use (filters build SQL at run time, hence the cache). */
  stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs fn in one transaction: all of it is written, or none of it. */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }

  getMeta(key: string): string | undefined {
    const row = this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  close(): void {
    this.sqlite.close();
  }
}
