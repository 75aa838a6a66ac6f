/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { english } from '../../agenda/english';
import { editAgenda, parseSavedAgenda, saveAgenda } from '../../../src/agenda';
import { MeetingDetailsSurface } from '../../../src/features/meeting';
import { LIVE_INTERVAL_MS } from '../../../src/lib/live';
import { fakeTimersOnACleanPage } from '../live/page-timers';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { agreedAgenda, MEETING_KEY, planWithAgreedMeeting, planWithoutMeeting, renderSurface } from './meeting-fixture';

/**
 * Agreeing the agenda in the details tab while the other person may be agreeing theirs: what
 * either agreed is never saved over without a word, and the keyboard stays where it was.
 */
async function openDetails(plan = planWithAgreedMeeting()) {
  const store = new MemoryPlanStore(plan);
  renderSurface(MeetingDetailsSurface, store);
  for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
  await screen.findByRole('heading', { level: 1, name: /Agenda for/ });
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { store, user };
}

const partnerSaves = () => act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
const savedSnapshots = (store: MemoryPlanStore) =>
  [...store.creates.map((c) => c.values), ...store.updates.map((u) => u.changes)].flatMap((values) =>
    values.AgendaSnapshot ? [parseSavedAgenda(String(values.AgendaSnapshot))] : [],
  );

describe('agreeing the agenda', () => {
  fakeTimersOnACleanPage();

  it('keeps focus in place after Agree, on the button that takes its place', async () => {
    const { store, user } = await openDetails(planWithoutMeeting());
    await user.click(screen.getByRole('button', { name: 'Agree the agenda' }));
    expect(savedSnapshots(store)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Change the agenda' })).toHaveFocus();
  });

  it('has a skip link that takes the keyboard straight to Agree', async () => {
    const { user } = await openDetails(planWithoutMeeting());
    await user.click(screen.getByRole('link', { name: 'Skip to “Agree the agenda”' }));
    expect(screen.getByRole('button', { name: 'Agree the agenda' })).toHaveFocus();
  });

  it('shows how mine differs from the agenda the other person agreed meanwhile, and saves neither over the other until I choose', async () => {
    const { store, user } = await openDetails();
    await user.click(screen.getByRole('button', { name: 'Change the agenda' }));
    const agreed = agreedAgenda();
    const [first, second] = agreed.items;
    await user.click(screen.getByRole('button', { name: `Move “${english(first!.title)}” down` }));

    const theirs = editAgenda(agreed, { type: 'drop', itemId: second!.id });
    store.editAsSomeoneElse('meetings', MEETING_KEY, { AgendaSnapshot: saveAgenda(theirs) }, 'Priya Shah');
    await partnerSaves();

    // My change is still on screen although the partner agreed another agenda.
    await user.click(screen.getByRole('button', { name: 'Agree the agenda' }));
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Priya Shah agreed a different agenda while you were changing this one.');
    const lines = within(within(notice).getByRole('list', { name: 'How your agenda differs from the one agreed' })).getAllByRole('listitem');
    // Their agenda dropped the second item; mine keeps it (moved up one): the one real difference.
    expect(lines.map((l) => l.textContent)).toEqual([`Only in yours: ${english(second!.title)}`]);
    expect(notice).toHaveFocus();
    expect(savedSnapshots(store)).toHaveLength(0);

    await user.click(within(notice).getByRole('button', { name: 'Agree yours instead' }));
    const [mine] = savedSnapshots(store);
    expect(mine!.items.map((i) => i.id).slice(0, 2)).toEqual([second!.id, first!.id]);
    expect(screen.getByRole('button', { name: 'Change the agenda' })).toHaveFocus();
  });

  it('keeps theirs when I choose to, and saves nothing of mine', async () => {
    const { store, user } = await openDetails();
    await user.click(screen.getByRole('button', { name: 'Change the agenda' }));
    const agreed = agreedAgenda();
    await user.click(screen.getByRole('button', { name: `Drop “${english(agreed.items[0]!.title)}”` }));
    store.editAsSomeoneElse('meetings', MEETING_KEY, { AgendaSnapshot: saveAgenda(editAgenda(agreed, { type: 'minutes', itemId: agreed.items[1]!.id, minutes: 9 })) }, 'Priya Shah');
    await partnerSaves();
    await user.click(screen.getByRole('button', { name: 'Agree the agenda' }));
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(`Only in theirs: ${english(agreed.items[0]!.title)}`);
    expect(notice).toHaveTextContent(`${english(agreed.items[1]!.title)}: 9 min in theirs, 2 min in yours`);
    await user.click(within(notice).getByRole('button', { name: 'Keep theirs' }));
    expect(savedSnapshots(store)).toHaveLength(0);
    const shown = within(screen.getByRole('list', { name: 'Agenda' })).getAllByRole('listitem');
    expect(shown[0]).toHaveTextContent(english(agreed.items[0]!.title));
    expect(shown[1]).toHaveTextContent('9 min');
  });
});
