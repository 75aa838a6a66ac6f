import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/** A database of this device used after it was closed: a late write must not bring it back. */
export class DatabaseClosedError extends Error {
  constructor(readonly database: string) {
    super(`The database "${database}" on this device was closed; open it again to use it.`);
    this.name = 'DatabaseClosedError';
  }
}

/** One IndexedDB database of the app's, opened on first use. */
export interface LazyDatabase<Schema extends DBSchema> {
  /** The open database; the first call opens (and if need be creates or upgrades) it. */
  use(): Promise<IDBPDatabase<Schema>>;
  /** Lets go of the database for good: later uses are refused rather than opening it again. */
  close(): void;
}

/**
 * Opens `name` at `version` when first used. The connection steps aside when another page asks
 * to delete or upgrade the database (signing out in another tab must not wait for this one to
 * close), and the next use opens it again. After `close()` nothing opens it again, so a write
 * that arrives late cannot re-create a database that signing out has just deleted.
 */
export function lazyDatabase<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
): LazyDatabase<Schema> {
  let opened: Promise<IDBPDatabase<Schema>> | undefined;
  let closed = false;
  const letGo = () => {
    const connection = opened;
    opened = undefined;
    void connection?.then(
      (database) => database.close(),
      () => undefined,
    );
  };
  return {
    use() {
      if (closed) return Promise.reject(new DatabaseClosedError(name));
      return (opened ??= openDB<Schema>(name, version, { upgrade, blocking: letGo }));
    },
    close() {
      closed = true;
      letGo();
    },
  };
}
