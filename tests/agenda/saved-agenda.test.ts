import { SavedAgendaError, editAgenda, parseSavedAgenda, proposeAgenda, saveAgenda } from '../../src/agenda';
import { MULTI_LINE_MAX } from '../../src/plan';
import { action, concern, makePlan, meeting, MEETING, priority, strand } from './plan-factory';
import { english } from './english';
import { agendaText } from '../../src/i18n/agenda-text';
import { translateFor } from '../../src/i18n/catalogues';

const plan = makePlan({}, [priority(4, 'High'), action('a1', { Strand: strand(4), Owner: 'Sam Okafor' }), concern('c1')]);

describe('the agreed agenda saved with its meeting', () => {
  it('reads back exactly what was saved, custom items and carry history included', () => {
    const first = proposeAgenda({ plan, meetingDate: '2031-01-19' });
    const previous = meeting('m1', '2031-01-19', { AgendaSnapshot: saveAgenda(first) });
    const agenda = editAgenda(proposeAgenda({ plan, meetingDate: MEETING, previousMeeting: previous }), { type: 'add', title: 'Any other business' });
    const saved = parseSavedAgenda(saveAgenda(agenda));
    expect(saved).toEqual({ ...agenda, omitted: { items: 0, minutes: 0 }, notes: [] });
    expect(saved.items.find((i) => i.id === 'action:a1')?.carried).toEqual({ firstOn: '2031-01-19', times: 1 });
  });

  it('fits an agenda of thousands of items in one SharePoint cell and says what it left out', () => {
    const big = makePlan(
      {},
      Array.from({ length: 3000 }, (_, i) => action(`bulk-${String(i).padStart(4, '0')}`, { ActionTitle: `Deliver leaflets to street ${i}` })),
    );
    // Every item brought back onto the agenda: far more than one cell holds.
    const proposed = proposeAgenda({ plan: big, meetingDate: MEETING });
    const items = [...proposed.items, ...(proposed.later ?? [])];
    const agenda = { ...proposed, items, later: [], totalMinutes: items.reduce((sum, i) => sum + i.minutes, 0) };
    const json = saveAgenda(agenda);
    expect(json.length).toBeLessThanOrEqual(MULTI_LINE_MAX);
    const saved = parseSavedAgenda(json);
    expect(saved.items).toEqual(agenda.items.slice(0, saved.items.length));
    expect(saved.omitted.items).toBe(agenda.items.length - saved.items.length);
    expect(saved.totalMinutes + saved.omitted.minutes).toBe(agenda.totalMinutes);
    expect(saved.notes.map(english)).toEqual([
      `${saved.omitted.items.toLocaleString("en-GB")} items (${saved.omitted.minutes.toLocaleString("en-GB")} minutes) did not fit in the saved agenda and were left out.`,
    ]);
  });

  it('keeps the first 20 row links of a big item and counts the rest', () => {
    const big = makePlan({}, [priority(4, 'High'), ...Array.from({ length: 50 }, (_, i) => concern(`c${i}`))]);
    const strandItem = parseSavedAgenda(saveAgenda(proposeAgenda({ plan: big, meetingDate: MEETING, targetMinutes: 480 }))).items.find(
      (i) => i.id === 'strand:3',
    );
    expect(strandItem?.rows).toHaveLength(20);
    expect(strandItem?.rowsOmitted).toBe(30);
  });

  it('keeps the items proposed for later and the planned length, so the next meeting counts them as carried', () => {
    const busy = makePlan({}, Array.from({ length: 30 }, (_, i) => action(`a${i}`)));
    const agenda = proposeAgenda({ plan: busy, meetingDate: MEETING, targetMinutes: 30 });
    const saved = parseSavedAgenda(saveAgenda(agenda));
    expect(saved.targetMinutes).toBe(30);
    expect(saved.later?.map((i) => i.id)).toEqual(agenda.later?.map((i) => i.id));
    expect(saved.later?.length).toBeGreaterThan(0);
  });

  it.each([
    ['text that is not JSON', 'not json', 'The saved agenda is not valid JSON, so it cannot be read.'],
    ['a JSON array', '[]', 'The saved agenda is not in the expected form: '],
    ['an unknown version', JSON.stringify({ v: 2 }), 'The saved agenda is not in the expected form (at v): '],
    ['an item with bad minutes', null, 'The saved agenda is not in the expected form (at items.0.minutes): '],
    ['a link to an unknown section', 'section', 'The saved agenda is not in the expected form (at items.0.rows.0.section): is not a section of the plan.'],
  ])('refuses %s with a clear error', (_case, input, message) => {
    const good = JSON.parse(saveAgenda(proposeAgenda({ plan, meetingDate: MEETING })));
    let json = input;
    if (json === null) json = JSON.stringify({ ...good, items: [{ ...good.items[0], minutes: 'two' }] });
    if (json === 'section') json = JSON.stringify({ ...good, items: [{ ...good.items[0], rows: [{ section: 'nope', key: 'k', id: '1' }] }] });
    const attempt = () => parseSavedAgenda(json);
    expect(attempt).toThrow(SavedAgendaError);
    expect(attempt).toThrow(message);
  });
});

describe('an agreed agenda saved before its text had message ids', () => {
  it('still reads, showing the titles and reasons as they were written', () => {
    const old = JSON.stringify({
      v: 1,
      planId: 'kestrel-vale',
      meetingDate: '2031-01-12',
      nextMeetingDate: '2031-01-26',
      phase: 'Preparation',
      totalMinutes: 5,
      omitted: { items: 0, minutes: 0 },
      items: [{ id: 'concern:moorings', kind: 'concern', title: 'Concern: Post does not reach moorings', reason: 'Raised by the council and not yet resolved.', minutes: 5, rows: [], flagged: false }],
    });
    const [item] = parseSavedAgenda(old).items;
    expect(english(item!.title)).toBe('Concern: Post does not reach moorings');
    expect(agendaText(translateFor('cy-GB'), item!.reason)).toBe('Raised by the council and not yet resolved.');
  });

  it('refuses a message id the catalogues do not have, rather than showing a key', () => {
    const saved = JSON.parse(saveAgenda(proposeAgenda({ plan: makePlan(), meetingDate: MEETING }))) as { items: { reason: unknown }[] };
    saved.items[0]!.reason = [{ id: 'agenda.reason.madeUp' }];
    expect(() => parseSavedAgenda(JSON.stringify(saved))).toThrow(SavedAgendaError);
  });
});
