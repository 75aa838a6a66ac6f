import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The README's "How the code is laid out" block is where a newcomer learns the tree, so it must
 * not drift from it. Its lines read `name/  what it holds`; a folder inside an entry is named in
 * that entry's text as `name/`. Entries under `src/` are indented by two spaces.
 */
const ROOT = join(__dirname, '..');

interface LayoutEntry {
  /** The folder the entry is about, from the repository's root (`src/storage`, `scripts`). */
  readonly folder: string;
  /** The entry's text: the folder's own line and the lines that continue it. */
  readonly text: string;
}

/** The fenced block under the layout heading, as the README has it. */
function layoutBlock(readme: string): string {
  const section = readme.split(/^## How the code is laid out\s*$/m)[1];
  const block = section && /^```\s*\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!block) throw new Error('The README has no code block under "## How the code is laid out".');
  return block;
}

/** Each entry of the block: `src/` itself is a heading, its children are the two-space lines. */
function layoutEntries(block: string): LayoutEntry[] {
  const entries: { folder: string; text: string }[] = [];
  for (const line of block.split('\n')) {
    const top = /^([a-z][\w-]*)\/(?:\s|$)/.exec(line);
    const inSrc = /^ {2}([a-z][\w-]*)\/(?:\s|$)/.exec(line);
    if (top) entries.push({ folder: top[1]!, text: line.slice(top[0].length) });
    else if (inSrc) entries.push({ folder: `src/${inSrc[1]!}`, text: line.slice(inSrc[0].length) });
    else if (entries.length > 0) entries[entries.length - 1]!.text += `\n${line}`;
  }
  return entries.filter((e) => e.folder !== 'src');
}

/**
 * The folders an entry's text names, from the root: `graph/` in the storage entry is
 * `src/storage/graph`; a path that starts at a folder of the root (`tests/support/`, `src/`) is
 * read from the root. A package's scope (`@azure/msal-*`) is not a folder.
 */
function foldersNamedIn(entry: LayoutEntry, rootFolders: ReadonlySet<string>): string[] {
  return [...entry.text.matchAll(/(?<![\w@./-])((?:[a-z][\w-]*\/)+)(?![\w*])/g)].map((m) => {
    const path = m[1]!.replace(/\/$/, '');
    return rootFolders.has(path.split('/')[0]!) ? path : join(entry.folder, path);
  });
}

const isFolder = (path: string): boolean => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isDirectory();
const foldersIn = (path: string): string[] =>
  readdirSync(join(ROOT, path), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(path, d.name));

const entries = layoutEntries(layoutBlock(readFileSync(join(ROOT, 'README.md'), 'utf8')));
const rootFolders = new Set(['src', ...entries.map((e) => e.folder).filter((f) => !f.includes('/'))]);
const nestedIn = (entry: LayoutEntry) => foldersNamedIn(entry, rootFolders);
const named = new Set([...entries.map((e) => e.folder), ...entries.flatMap(nestedIn)]);

describe("the README's layout section", () => {
  it('names only folders that exist', () => {
    expect([...named].filter((folder) => !isFolder(folder))).toEqual([]);
  });

  it('names every folder under src/ and every folder inside those', () => {
    const tree = foldersIn('src').flatMap((folder) => [folder, ...foldersIn(folder)]);
    expect(tree.filter((folder) => !named.has(folder))).toEqual([]);
  });

  it('is read as the README means it (a wrong reading would pass the checks above vacuously)', () => {
    expect(entries.map((e) => e.folder)).toEqual(expect.arrayContaining(['src/plan', 'src/storage', 'src/server', 'scripts', 'tests']));
    const storage = entries.find((e) => e.folder === 'src/storage')!;
    expect(nestedIn(storage)).toEqual(expect.arrayContaining(['src/storage/graph', 'src/storage/outbox']));
    expect(nestedIn(entries.find((e) => e.folder === 'src/auth')!)).toEqual([]);
    expect(named.has('tests/support')).toBe(true);
  });
});

describe('reading a layout block', () => {
  const block = ['src/', '  store/      the port; graph/ (the adapter)', '               and outbox/', '  auth/       imports @azure/msal-*', 'tests/       mirroring src/; tests/support/ holds fakes', ''].join('\n');

  it('takes folders in src/ from two-space lines and nested folders from their text, across lines', () => {
    const read = layoutEntries(block);
    expect(read.map((e) => [e.folder, foldersNamedIn(e, new Set(['src', 'tests']))])).toEqual([
      ['src/store', ['src/store/graph', 'src/store/outbox']],
      ['src/auth', []],
      ['tests', ['src', 'tests/support']],
    ]);
  });

  it('says so when the README has lost its layout block', () => {
    expect(() => layoutBlock('# LAPP\n\n## How the code is laid out\n\nNo block here.\n')).toThrow(/no code block/);
  });
});
