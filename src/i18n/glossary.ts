/**
 * The Welsh terms the catalogues use, one per English term, for consistency and for a native
 * speaker's review (README, "Cymraeg"). A test checks that wherever an English message uses a
 * term, its Welsh message uses the Welsh term, in any of its mutated forms.
 */
export interface GlossaryEntry {
  /** The English term, matched as a whole word; case-insensitively unless it is an acronym. */
  readonly en: string;
  /** The Welsh term's radical (unmutated) form; the test accepts its soft, nasal and aspirate mutations. */
  readonly cy: string;
  /** Other acceptable Welsh forms (plurals, verb forms), radical too. */
  readonly alsoCy?: readonly string[];
  readonly note?: string;
  /** English uses of the word that mean something else ("signed in" is not a signature). */
  readonly otherSense?: RegExp;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'census', cy: 'cyfrifiad' },
  { en: 'Local Authority Partnership Plan', cy: 'Cynllun Partneriaeth Awdurdod Lleol' },
  { en: 'LAPP', cy: 'CPALl', note: 'Our abbreviation of Cynllun Partneriaeth Awdurdod Lleol; ask the reviewer whether the census office uses another.' },
  { en: 'engagement manager', cy: 'rheolwr ymgysylltu' },
  { en: 'liaison manager', cy: 'rheolwr cyswllt' },
  { en: 'council', cy: 'cyngor', alsoCy: ['cynghorau'] },
  { en: 'plan', cy: 'cynllun', alsoCy: ['cynlluniau'] },
  { en: 'strand', cy: 'llinyn', alsoCy: ['llinynnau'] },
  { en: 'agenda', cy: 'agenda' },
  { en: 'minutes of the meeting', cy: 'cofnodion' },
  { en: 'action', cy: 'cam gweithredu', alsoCy: ['camau gweithredu', 'camau'], note: '"Actions" as a column of buttons is "Camau".' },
  { en: 'decision', cy: 'penderfyniad', alsoCy: ['penderfyniadau', 'penderfynwch'] },
  { en: 'sign-off', cy: 'llofnodi' },
  { en: 'signed', cy: 'llofnodi', alsoCy: ['llofnodwyd'], otherSense: /signed (in|out)/i },
  { en: 'concern', cy: 'pryder', alsoCy: ['pryderon'] },
  { en: 'meeting', cy: 'cyfarfod', alsoCy: ['cyfarfodydd'] },
  { en: 'community', cy: 'cymuned', alsoCy: ['cymunedau', 'cymunedol'] },
  { en: 'priority', cy: 'blaenoriaeth', alsoCy: ['blaenoriaethau'] },
  { en: 'section', cy: 'adran', alsoCy: ['adrannau'] },
  { en: 'row', cy: 'rhes', alsoCy: ['rhesi'] },
  { en: 'stage', cy: 'llwyfan' },
  { en: 'overdue', cy: 'hwyr' },
  { en: 'import', cy: 'mewnforio', alsoCy: ['mewnforiwyd', 'mewnforiwch'] },
  { en: 'export', cy: 'allforio' },
  { en: 'note', cy: 'nodyn', alsoCy: ['nodiadau'] },
];

/** A Welsh word's radical form with its soft, nasal and aspirate mutations (initial consonant only). */
export function mutationsOf(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const rules: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['p', ['b', 'mh', 'ph']],
    ['t', ['d', 'nh', 'th']],
    ['c', ['g', 'ngh', 'ch']],
    ['b', ['f', 'm']],
    ['d', ['dd', 'n']],
    ['g', ['', 'ng']],
    ['m', ['f']],
    ['ll', ['l']],
    ['rh', ['r']],
  ];
  const rule = rules.find(([radical]) => lower.startsWith(radical) && !(radical === 'c' && lower.startsWith('ch')));
  if (!rule) return [lower];
  const [radical, mutated] = rule;
  return [lower, ...mutated.map((initial) => initial + lower.slice(radical.length))];
}
