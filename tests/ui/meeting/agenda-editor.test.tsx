/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgendaEditor } from '../../../src/features/meeting/AgendaEditor';
import { proposedAgenda } from '../../../src/features/meeting/meeting-agenda';
import { useAgendaEditor } from '../../../src/features/meeting/use-agenda-editor';
import type { Agenda } from '../../../src/agenda';
import { MEETING } from '../../agenda/plan-factory';
import { planWithoutMeeting } from './meeting-fixture';
import { english } from '../../agenda/english';

function Harness({ initial, onChange }: { initial: Agenda; onChange(agenda: Agenda): void }) {
  const editor = useAgendaEditor(() => initial);
  onChange(editor.agenda);
  return <AgendaEditor editor={editor} />;
}

function setup(targetMinutes?: number) {
  const initial = proposedAgenda(planWithoutMeeting(), MEETING, undefined, targetMinutes);
  let latest = initial;
  render(
    <FluentProvider theme={teamsLightTheme}>
      <Harness initial={initial} onChange={(agenda) => (latest = agenda)} />
    </FluentProvider>,
  );
  return { initial, titles: () => latest.items.map((item) => english(item.title)) };
}

function itemTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Agenda' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent ?? '');
}

describe('the agenda editor', () => {
  it('shows every proposed item with why it is on the agenda', () => {
    const { initial } = setup();
    expect(itemTitles()).toEqual(initial.items.map((item) => english(item.title)));
    expect(screen.getByText(english(initial.items[0]!.reason))).toBeInTheDocument();
  });

  it('moves an item down with the keyboard and keeps focus on the item that moved', async () => {
    const user = userEvent.setup();
    const { initial, titles } = setup();
    const first = english(initial.items[0]!.title);
    screen.getByRole('button', { name: `Move “${first}” down` }).focus();
    await user.keyboard('{Enter}');
    expect(titles()[1]).toBe(first);
    expect(itemTitles()[1]).toBe(first);
    expect(screen.getByRole('button', { name: `Move “${first}” down` })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(`“${first}” moved to position 2 of ${initial.items.length}.`);
  });

  it('cannot move the first item up or the last item down', () => {
    const { initial } = setup();
    expect(screen.getByRole('button', { name: `Move “${english(initial.items[0]!.title)}” up` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move “${english(initial.items.at(-1)!.title)}” down` })).toBeDisabled();
  });

  it('drops an item and moves focus to the next one', async () => {
    const user = userEvent.setup();
    const { initial, titles } = setup();
    const [dropped, next] = initial.items;
    await user.click(screen.getByRole('button', { name: `Drop “${english(dropped!.title)}”` }));
    expect(titles()).not.toContain(english(dropped!.title));
    expect(screen.getByRole('button', { name: `Drop “${english(next!.title)}”` })).toHaveFocus();
  });

  it('adds an item by hand at the end with its time', async () => {
    const user = userEvent.setup();
    const { titles } = setup();
    await user.type(screen.getByRole('textbox', { name: 'New item' }), 'Census roadshow dates');
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '10');
    await user.click(screen.getByRole('button', { name: 'Add to the agenda' }));
    expect(titles().at(-1)).toBe('Census roadshow dates');
    expect(screen.getByRole('textbox', { name: 'New item' })).toHaveValue('');
  });

  it("refuses an item without a title with the engine's message", async () => {
    const user = userEvent.setup();
    const { initial, titles } = setup();
    await user.click(screen.getByRole('button', { name: 'Add to the agenda' }));
    expect(screen.getByText('An added item needs a title.')).toBeInTheDocument();
    expect(titles()).toHaveLength(initial.items.length);
  });

  describe('when the meeting is too short for everything', () => {
    it('lists what is proposed for next time with the reason, and brings an item back with the keyboard', async () => {
      const user = userEvent.setup();
      const { initial, titles } = setup(5);
      const later = screen.getByRole('region', { name: 'Proposed for next time' });
      const first = initial.later![0]!;
      expect(within(later).getByText(`Proposed for next time: it does not fit in the 5 minutes planned. ${english(first.reason)}`)).toBeInTheDocument();
      screen.getByRole('button', { name: `Bring back “${english(first.title)}”` }).focus();
      await user.keyboard('{Enter}');
      expect(titles().at(-1)).toBe(english(first.title));
      // Focus stays with the item: on its "put off" button, now in the agenda.
      expect(screen.getByRole('button', { name: `Put “${english(first.title)}” off to next time` })).toHaveFocus();
    });

    it('puts an item off and keeps focus on it', async () => {
      const user = userEvent.setup();
      const { initial, titles } = setup(5);
      const item = initial.items[0]!;
      await user.click(screen.getByRole('button', { name: `Put “${english(item.title)}” off to next time` }));
      expect(titles()).not.toContain(english(item.title));
      expect(screen.getByRole('button', { name: `Bring back “${english(item.title)}”` })).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent(`“${english(item.title)}” proposed for next time.`);
    });
  });
});
