import { minutesText, proposeAgenda, recapText, type AgendaText, type AgendaValue, type MeetingSummary } from '../src/agenda';
import type { Plan } from '../src/plan';
import { EXPORT_FORMATS, type Block, type Outline } from '../src/documents/export';
import { handoverOutline } from '../src/documents/export/handover';
import { lappOutline } from '../src/documents/export/lapp-document';
import { progressNoteOutline } from '../src/documents/export/progress-note';
import { agendaText } from '../src/i18n/agenda-text';
import { CATALOGUES } from '../src/i18n/catalogues';
import { createTranslate } from '../src/i18n/translate';
import { schemaCy } from '../src/i18n/schema-cy';
import { TODAY, samplePlan } from './documents/sample-plan';
import { markerTranslate, wordsOutsideMarkers } from './support/marker-translate';

/**
 * The agenda engine and the exports say nothing that is not from the catalogues: what they show
 * is a catalogue message, a word of the schema (which has its Welsh), or the plan's own data.
 */

/** Every string the plan stores: people's own words, which are shown as written in every language. */
function storedText(plan: Plan): string {
  const rows = [plan.header, ...Object.values(plan.sections).flat()];
  return rows.flatMap((row) => Object.values(row.values).filter((v): v is string => typeof v === 'string')).join('\n');
}

const SIGNERS = new Set(['ACLM', 'CLM']);

describe('the agenda engine', () => {
  const plan = samplePlan();
  const agenda = proposeAgenda({ plan, meetingDate: TODAY });
  const texts: AgendaText[] = [...agenda.items.flatMap((item) => [item.title, item.reason]), ...agenda.notes];

  /** The words an agenda text puts in front of people without a message id: its verbatim parts and string values. */
  function ownWords(text: AgendaText): { verbatim: string[]; schema: string[] } {
    const found = { verbatim: [] as string[], schema: [] as string[] };
    const visit = (value: AgendaValue): void => {
      if (typeof value === 'string') found.verbatim.push(value);
      else if (typeof value === 'number') return;
      else if ('schema' in value) found.schema.push(value.schema);
      else if ('message' in value) Object.values(value.message.values ?? {}).forEach(visit);
      else if ('list' in value) value.list.forEach(visit);
    };
    for (const part of text) {
      if ('text' in part) found.verbatim.push(part.text);
      else Object.values(part.values ?? {}).forEach(visit);
    }
    return found;
  }

  it('has plenty to say about the sample plan', () => {
    expect(agenda.items.length).toBeGreaterThan(3);
  });

  it('writes no words of its own: every plain string is the plan’s data (or a signer’s acronym)', () => {
    const stored = storedText(plan);
    const invented = texts.flatMap((text) => ownWords(text).verbatim).filter((words) => !SIGNERS.has(words) && !stored.includes(words.replace(/…$/, '')));
    expect(invented).toEqual([]);
  });

  it('passes schema words that all have their Welsh', () => {
    const untranslated = texts.flatMap((text) => ownWords(text).schema).filter((word) => word !== '' && !Object.hasOwn(schemaCy, word));
    expect(untranslated).toEqual([]);
  });
});

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'title':
    case 'heading':
    case 'numbered':
      return [block.text];
    case 'paragraph':
      return [block.label ?? '', block.text];
    case 'bullets':
      return [...block.items];
    case 'table':
      return [...block.headers, ...block.rows.flat()];
    default:
      return [];
  }
}

describe.each(EXPORT_FORMATS.map((format) => [format]))('the %s export', (format) => {
  it('writes no words of its own: everything but the plan’s data comes from the catalogues and the schema', () => {
    const plan = samplePlan();
    const stored = storedText(plan);
    const outline = exportOutlineWith(plan, format);
    const invented = outline.blocks.flatMap(blockTexts).flatMap(wordsOutsideMarkers).filter((words) => !stored.includes(words));
    expect(invented).toEqual([]);
  });
});

function exportOutlineWith(plan: Plan, format: (typeof EXPORT_FORMATS)[number]): Outline {
  const t = markerTranslate();
  switch (format) {
    case 'lapp':
      return lappOutline(plan, TODAY, t);
    case 'progress-note':
      return progressNoteOutline(plan, { today: TODAY, since: '2031-01-01' }, t);
    case 'handover':
      return handoverOutline(plan, { today: TODAY }, t);
  }
}

describe('the minutes and the chat recap', () => {
  const plan = samplePlan();
  const agenda = proposeAgenda({ plan, meetingDate: TODAY });
  // What people typed in the meeting: shown as written, so not the engine's words.
  const typed = ['Ava Lindqvist', 'Sam Okafor', 'Move the drop-in', 'Print posters', 'Book a stall', 'We met', 'Boat dwellers'];
  const summary: MeetingSummary = {
    council: 'Harrow Fen',
    meetingDate: TODAY,
    attendees: typed.slice(0, 2),
    agenda: { ...agenda, items: agenda.items.map((item, i) => (i === 0 ? { ...item, flagged: true, carried: { times: 3, firstOn: '2031-01-01' } } : item)) },
    decisions: [typed[2]!],
    actions: [
      { change: 'done', title: typed[3]!, owner: typed[1]! },
      { change: 'updated', title: typed[4]!, owner: typed[0]!, dueDate: '2031-02-14', was: { owner: null, dueDate: '2031-02-12' } },
      { change: 'raised', title: typed[4]!, dueDate: '2031-02-20' },
      { change: 'dropped', title: typed[3]! },
    ],
    nextMeetingDate: '2031-02-24',
    records: { summary: typed[5]!, concernsRaised: [typed[6]!], concernsResolved: [typed[6]!], updates: [typed[6]!], notReached: [] },
  };
  const t = markerTranslate();
  const words = (text: AgendaText) => agendaText(t, text);
  const own = (text: string) => text.split('\n').flatMap((line) => wordsOutsideMarkers(line.replace(/^- |\*\*/g, '').replace(/\\/g, '')));
  const stored = storedText(plan);
  const invented = (text: string) => own(text).filter((w) => w !== 'Harrow Fen' && !typed.includes(w) && !stored.includes(w) && !/^[→\d.\s]+$/.test(w));

  it('writes no words of their own in the minutes', () => {
    expect(invented(minutesText(summary, words))).toEqual([]);
  });

  it('writes no words of their own in the recap', () => {
    expect(invented(recapText(summary, words))).toEqual([]);
  });

  it('writes the minutes in Welsh for a Welsh reader, dates and all', () => {
    const welsh = createTranslate(CATALOGUES['cy-GB'], 'cy-GB', schemaCy);
    const minutes = minutesText(summary, (text) => agendaText(welsh, text));
    expect(minutes).toContain('Penderfyniadau');
    expect(minutes).toContain('Cyfarfod nesaf: 24 Chwef 2031');
    expect(minutes).not.toMatch(/Decisions|Next meeting|Summary|Concerns raised/);
  });
});
