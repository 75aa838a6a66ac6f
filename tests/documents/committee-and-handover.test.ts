import { exportOutline, exportPlan, type Block, type Outline } from '../../src/documents/export';
import { readDocument } from '../../src/documents/read/read-document';
import { TODAY, samplePlan } from './sample-plan';

const text = (outline: Outline): string =>
  outline.blocks
    .map((b: Block) => {
      switch (b.kind) {
        case 'bullets':
          return b.items.join('\n');
        case 'table':
          return [b.headers, ...b.rows].map((r) => r.join(' | ')).join('\n');
        case 'numbered':
          return `${b.number} ${b.text}`;
        case 'paragraph':
          return b.label ? `${b.label}: ${b.text}` : b.text;
        case 'pageBreak':
        case 'language':
          return '';
        default:
          return b.text;
      }
    })
    .join('\n');

function after(outline: Outline, heading: string): string {
  const all = text(outline);
  const at = all.indexOf(heading);
  expect(at).toBeGreaterThanOrEqual(0);
  return all.slice(at);
}

describe('the progress note for a council committee', () => {
  const note = exportOutline(samplePlan(), 'progress-note', { today: TODAY, since: '2031-01-15', committee: 'Communities Scrutiny Board' });
  const all = text(note);

  it('is addressed, dated and titled, with its six numbered parts in order', () => {
    expect(all).toMatch(/^To: Communities Scrutiny Board\nDate: 10 Feb 2031\nSubject: Census 2031 partnership with Harrow Fen Council: progress note/);
    const parts = ['1 Purpose of the note', '2 Recommendation', '3 Information/background', '4 The strands and what has happened since 15 Jan 2031', '5 Risks and issues', '6 Next steps'];
    const at = parts.map((p) => all.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('lists under each strand its dated work, the actions done, decisions taken and concerns resolved since the date', () => {
    const strand1 = after(note, '4.1 Address register');
    expect(strand1.split('\n').slice(0, 2).join('\n')).toMatch(/\(high priority\)\nDone: Send the mooring list to the address team \(Priya Marsh, 2 Feb 2031\)\./);
    const strand3 = after(note, '4.3 Community liaison');
    expect(strand3).toMatch(/^4\.3 [^\n]*\(medium priority\)\nCommunity updates: Boat dwellers — Leaflets left at the marina office \(28 Jan 2031\)\.\nDecided: Boat dwellers join the agreed top 10 \(19 Jan 2031\)\.\nConcern resolved: Confusion about term-time address \(Students, 30 Jan 2031\)\./);
    expect(after(note, '4.5 Practical support')).toMatch(/\nDecided: Library rooms are the support venue \(2 Feb 2031\)\./);
    expect(after(note, '4.2 Information')).toMatch(/^4\.2 [^\n]*\(not ranked\)\nNothing recorded since 15 Jan 2031\./);
  });

  it('leaves out what happened before the date', () => {
    expect(all).not.toContain('Introductions done');
    expect(all).not.toContain('Houseboat moorings are not on the address register');
  });

  it('counts a resolved concern by the day it was resolved, not the day it was saved', () => {
    const plan = samplePlan();
    const undated = plan.sections.concernsRaised.map((c) => ({ ...c, values: { ...c.values, ResolvedOn: null } }));
    const note2 = text(exportOutline({ ...plan, sections: { ...plan.sections, concernsRaised: undated } }, 'progress-note', { today: TODAY, since: '2031-01-15' }));
    expect(note2).not.toContain('Concern resolved');
  });

  it('gives the risks and issues: unresolved concerns and overdue actions', () => {
    const risks = after(note, '5 Risks and issues').split('\n').slice(1, 2);
    expect(risks).toEqual(['Unresolved concern: Fear of being fined for mooring (Boat dwellers, January 2031).']);
  });

  it('says when the period brought dated work in a strand: briefings, offers, support', () => {
    expect(after(note, '4.7 Support for local publicity')).toMatch(/Bespoke communications log: Article in the residents’ magazine — Reached every household \(25 Jan 2031\)\./);
    expect(after(note, '4.6 Support for online completion')).toMatch(/^4\.6 [^\n]*\nCensus support centres: Fen Library \(21 Jan 2031\)\./);
    // Support booked for after today has not happened yet.
    expect(after(note, '4.4 Support for recruitment')).toMatch(/^4\.4 [^\n]*\nNothing recorded since 15 Jan 2031\./);
  });

  it('gives the open actions as next steps, soonest first, with names but no emails', () => {
    expect(after(note, '6 Next steps').split('\n').slice(1, 3)).toEqual([
      '6.1 Draft the marina leaflet (Nell Ward, due 12 Feb 2031).',
      '6.2 Book the library room (ACLM, due 14 Feb 2031).',
    ]);
    expect(all).not.toMatch(/@/);
    expect(all).not.toContain('Old idea we dropped');
  });

  it('ends with the CEM’s name', () => {
    expect(all.split('\n').slice(-2)).toEqual(['Nell Ward', 'Census engagement manager']);
  });

  it('is a Word document with the same text', async () => {
    const exported = await exportPlan(samplePlan(), 'progress-note', { today: TODAY, since: '2031-01-15' });
    const doc = await readDocument(exported.bytes, exported.fileName);
    const words = doc.lines.map((l) => l.text).join('\n');
    expect(words).toContain('Done: Send the mooring list to the address team (Priya Marsh, 2 Feb 2031).');
    expect(words).toContain('To: Scrutiny Committee');
  });
});

describe('the handover pack', () => {
  const pack = exportOutline(samplePlan(), 'handover', { today: TODAY, location: { site: 'https://fen.example/sites/census' } });
  const all = text(pack);

  it('names who is who, with their emails, and the key contacts', () => {
    expect(all).toContain('Census engagement manager (CEM) | Nell Ward | nell.ward@census.example');
    expect(all).toContain('Census liaison manager (CLM) | Owen Hale | owen.hale@harrowfen.example');
    expect(all).toContain('Tom Oduya |  |  | Fenland Volunteer Network | Coordinator');
  });

  it('lists the open actions with the meetings they were raised in and their notes', () => {
    const actions = after(pack, '2 Open actions').split('\n').slice(2, 4);
    expect(actions).toEqual([
      'Draft the marina leaflet | Community liaison | Nell Ward | 12 Feb 2031 | In progress | meeting of 2 Feb 2031 |  | ',
      'Book the library room | Practical support | ACLM | 14 Feb 2031 | Open | meeting of 19 Jan 2031 |  | Waiting for the room diary.',
    ]);
    expect(after(pack, '2 Open actions')).not.toMatch(/^Send the mooring list/m);
  });

  it('lists only the unresolved concerns', () => {
    const concerns = after(pack, '3 Unresolved concerns');
    expect(concerns).toContain('Fear of being fined for mooring.');
    expect(concerns.slice(0, concerns.indexOf('4 Decisions'))).not.toContain('term-time');
  });

  it('gives the decisions of the last meetings, latest first', () => {
    const decisions = after(pack, '4 Decisions of the last meetings');
    expect(decisions.split('\n').slice(1, 7)).toEqual([
      'Meeting of 2 Feb 2031',
      'Library rooms are the support venue.',
      'Meeting of 19 Jan 2031',
      'Boat dwellers join the agreed top 10.',
      'Meeting of 5 Jan 2031',
      'Introductions done; meet fortnightly.',
    ]);
  });

  it('says where everything lives in words people use: the site and each part, no list names, ids or paths', () => {
    const where = after(pack, '5 Where everything lives');
    expect(where).toContain('SharePoint site: https://fen.example/sites/census');
    expect(where).toContain('Key contacts | 2');
    expect(where).toContain('Actions | 4');
    const besidesTheSite = all.replace('https://fen.example/sites/census', '');
    expect(besidesTheSite).not.toMatch(/LAPP Key Contacts|PlanId|ClientKey|harrow-fen|\.docx|[\\/]\w+[\\/]|<[^>]*@/);
  });

  it('names the ACLM and CLM from the key contacts when the plan itself does not', () => {
    const plan = samplePlan();
    const unnamed = { ...plan, header: { ...plan.header, values: { ...plan.header.values, Aclm: null, Clm: null } } };
    const people = text(exportOutline(unnamed, 'handover', { today: TODAY, location: { site: 'the site' } }));
    expect(people).toContain('Assistant census liaison manager (ACLM) | Priya Marsh | priya.marsh@harrowfen.example');
    expect(people).toContain('Census liaison manager (CLM) | not named');
  });
});
