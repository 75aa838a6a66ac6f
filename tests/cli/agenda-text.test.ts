import { proposeAgenda } from '../../src/agenda';
import { agendaText } from '../../src/cli/commands/agenda';
import { translateFor } from '../../src/i18n/catalogues';
import { action, makePlan, MEETING } from '../agenda/plan-factory';

describe('lapp agenda as text', () => {
  const plan = makePlan({}, [action('first', { ActionTitle: 'Print the posters', DueDate: '2031-01-01' }), action('second', { ActionTitle: 'Book the hall', DueDate: '2031-01-02' })]);

  it('lists what is proposed for next time after the total, with the planned length', () => {
    const text = agendaText(proposeAgenda({ plan, meetingDate: MEETING, targetMinutes: 2 }), 'Kestrel Vale', translateFor('en-GB'));
    const after = text.slice(text.indexOf('Total:'));
    expect(after).toContain('Proposed for next time\nThese items do not fit in the 2 minutes planned for this meeting.');
    expect(after).toContain('- Book the hall [2 min]');
    expect(text.slice(0, text.indexOf('Total:'))).not.toContain('Book the hall');
  });

  it('says nothing of later items when everything fits', () => {
    expect(agendaText(proposeAgenda({ plan, meetingDate: MEETING }), 'Kestrel Vale', translateFor('en-GB'))).not.toContain('Proposed for next time');
  });
});
