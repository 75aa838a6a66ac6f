import { SECTIONS } from '../src/plan/schema';
import { PAGES, type SectionDef } from '../src/plan/section';
import { STRANDS } from '../src/plan/strands';
import { SCHEMA_TEXT, translateFor } from '../src/i18n/catalogues';

/** Every word the schema shows people: titles, labels, help, template headings and choices. */
function schemaWords(): Set<string> {
  const words = new Set<string>([...PAGES.map((p) => p.title), ...STRANDS.flatMap((s) => [s.name, s.short])]);
  for (const section of SECTIONS as readonly SectionDef[]) {
    for (const text of [section.title, section.templateTitle, section.help]) if (text) words.add(text);
    for (const field of section.fields) {
      for (const text of [field.label, field.help, field.heading]) if (text) words.add(text);
      for (const choice of field.choices ?? []) words.add(choice);
    }
  }
  return words;
}

describe('the schema’s words in Welsh', () => {
  const words = schemaWords();
  const welsh = SCHEMA_TEXT['cy-GB'];

  it('has a Welsh version of every title, label, help line, heading and choice', () => {
    expect([...words].filter((w) => !Object.hasOwn(welsh, w))).toEqual([]);
  });

  it('keeps no Welsh for words the schema no longer has', () => {
    expect(Object.keys(welsh).filter((w) => !words.has(w))).toEqual([]);
  });

  it('shows a stored choice in the reader’s language and leaves English as stored', () => {
    const cy = translateFor('cy-GB');
    const en = translateFor('en-GB');
    expect(['High', 'Medium', 'Low'].map((c) => cy.schema(c))).toEqual(['Uchel', 'Canolig', 'Isel']);
    expect(['Yes', 'No'].map((c) => cy.schema(c))).toEqual(['Ie', 'Na']);
    expect(en.schema('High')).toBe('High');
  });
});
