/**
 * The stand-in's SQLite schema (development and tests only). A list's columns and an item's
 * field values are JSON, as SharePoint's own content database keeps them per list; indexed
 * columns get an expression index (see lists-repo.ts) so `$filter` stays fast at 5,000+ items.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  template TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by TEXT NOT NULL,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  enable_versioning INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS columns (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  name TEXT NOT NULL COLLATE NOCASE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_id, name)
);

CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by TEXT NOT NULL,
  modified_by TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);

CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  modified TEXT NOT NULL,
  modified_by TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
);

-- The change log behind items/delta: one row per write, newest seq wins per item.
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_list ON changes (list_id, seq);

CREATE TABLE IF NOT EXISTS drive_items (
  path TEXT PRIMARY KEY COLLATE NOCASE,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  content BLOB NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by TEXT NOT NULL,
  modified_by TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS list_views (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  title TEXT NOT NULL COLLATE NOCASE,
  view_fields TEXT NOT NULL,
  view_query TEXT NOT NULL,
  row_limit INTEGER NOT NULL,
  paged INTEGER NOT NULL,
  is_default INTEGER NOT NULL,
  PRIMARY KEY (list_id, id),
  UNIQUE (list_id, title)
);

CREATE TABLE IF NOT EXISTS site_permissions (
  kind TEXT NOT NULL,
  principal TEXT NOT NULL COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  id TEXT NOT NULL UNIQUE,
  PRIMARY KEY (kind, principal)
);
`;
