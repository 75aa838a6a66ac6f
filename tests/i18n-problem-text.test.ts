import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemText } from '../src/i18n/problem-text';
import { CATALOGUES, translateFor } from '../src/i18n/catalogues';
import { problemOf, StorageError } from '../src/storage/errors';

function sourceOf(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('the codes the catalogue words', () => {
  const codes = Object.keys(CATALOGUES['en-GB'])
    .filter((key) => key.startsWith('problem.code.'))
    .map((key) => key.slice('problem.code.'.length));

  it('are codes the plan service or storage really sends', () => {
    const sent = `${sourceOf('src/service')}\n${sourceOf('src/storage')}`;
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((code) => !sent.includes(`'${code}'`))).toEqual([]);
  });

  it('are worded in full, so the service’s English is not shown with them', () => {
    const welsh = translateFor('cy-GB');
    for (const code of codes) {
      const text = problemText(welsh, problemOf(new StorageError(409, code, 'The service’s own words.')));
      expect(text.english).toBeUndefined();
      expect(text.details).toEqual([welsh(`problem.code.${code}` as never)]);
    }
  });

  it('say a server that failed could not do it, not that it refused', () => {
    const text = problemText(translateFor('en-GB'), problemOf(new StorageError(500, 'internal', 'The service’s own words.')));
    expect(text.sentence).toBe('This could not be done.');
    expect(text.details).toEqual(['The plan service could not do this. Try again; if it keeps failing, tell your administrator.']);
  });

  it('leave any other code worded by its kind, with the service’s words as English', () => {
    const text = problemText(translateFor('cy-GB'), problemOf(new StorageError(400, 'somethingNew', 'The service’s own words.')));
    expect(text).toEqual({ sentence: 'Gwrthodwyd hyn.', details: [], english: 'The service’s own words.' });
  });
});

describe('refused values', () => {
  it('keep a field without a problem id (from an older service) as English, not as the catalogue’s', () => {
    const problem = { kind: 'invalid' as const, fieldErrors: [{ field: 'Status', message: 'Status must be one of Open, Done.' }] };
    const text = problemText(translateFor('cy-GB'), problem);
    expect(text).toEqual({ sentence: 'Gwrthodwyd rhai gwerthoedd.', details: [], english: 'Status must be one of Open, Done.' });
  });
});
