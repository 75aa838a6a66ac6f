import { OFFER_SECTIONS, offerColumnsOf, proposeAgenda, rowNamedByItemId, rowsNamedByAgenda } from '../../src/agenda';
import { ROW_SECTIONS } from '../../src/plan';
import { action, concern, makePlan, MEETING, row } from './plan-factory';

/**
 * An item about one row carries the row's key in its id; the service reads it back to check an
 * agenda names only its own plan's rows, so what the rules write and what is read must agree.
 */
describe('the rows an agenda names', () => {
  const plan = makePlan({}, [
    action('a-1', { ActionTitle: 'Book the hall', Status: 'Open' }),
    concern('c-1', { Concern: 'Post does not reach moorings' }),
    row('offersOfHelp', 'o-1', { Offer: 'A stall at the fair', Confirmed: 'TBC' }),
  ]);
  const agenda = proposeAgenda({ plan, meetingDate: MEETING });

  it("reads back every row item's id as the row behind it", () => {
    const aboutRows = agenda.items.filter((item) => rowNamedByItemId(item.id));
    expect(aboutRows.map((item) => item.id).sort()).toEqual(['action:a-1', 'concern:c-1', 'offer:o-1']);
    for (const item of aboutRows) {
      const named = rowNamedByItemId(item.id)!;
      expect(named.key).toBe(item.rows[0]!.key);
      expect(named.sections).toContain(item.rows[0]!.section);
    }
  });

  it('reads no row from items about no one row, or from ids that are not an item\'s', () => {
    for (const id of ['strand:4', 'plan:unsigned', 'checklist:Address', 'updates', 'action:', 'custom-1', 'nonsense:x']) expect(rowNamedByItemId(id)).toBeUndefined();
  });

  it('looks for an offer in every table that records offers, and only those', () => {
    expect([...OFFER_SECTIONS].sort()).toEqual(ROW_SECTIONS.map((s) => s.id).filter((id) => offerColumnsOf(id)).sort());
  });

  it('names the rows behind the items (the header too) and those in ids alone, each once, in its section', () => {
    const idOnly = { ...agenda.items[0]!, id: 'action:elsewhere', rows: [] };
    const named = rowsNamedByAgenda({ items: [...agenda.items, idOnly], later: [] });
    expect(named.map((r) => `${r.sections.join(',')}/${r.key}`).sort()).toEqual(['actions/a-1', 'actions/elsewhere', 'concernsRaised/c-1', 'offersOfHelp/o-1', 'plan/kestrel-vale']);
  });
});
