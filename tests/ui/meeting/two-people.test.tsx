/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelSurface } from '../../../src/features/meeting';
import { LIVE_INTERVAL_MS } from '../../../src/lib/live';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { agreedAgenda, MEETING_KEY, planWithAgreedMeeting, renderSurface } from './meeting-fixture';
import { english } from '../../agenda/english';
import { fakeTimersOnACleanPage } from '../live/page-timers';

/**
 * The side panel of one person while the other (Priya, the ACLM) works in the same meeting: her
 * saves reach this panel at the next poll, and must never take this person's work away.
 */
async function openSidePanel() {
  const store = new MemoryPlanStore(planWithAgreedMeeting());
  renderSurface(SidePanelSurface, store);
  for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
  await screen.findByRole('heading', { level: 2, name: 'Book the library room for the drop-in' });
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { store, user };
}

const partnerSaves = () => act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
const actionGroup = () => screen.getByRole('group', { name: 'Action: Book the library room for the drop-in' });

describe('two people in one call, seen from one side panel', () => {
  fakeTimersOnACleanPage();

  it('keeps a half-typed decision and the item when the other person presses Next, and offers to follow', async () => {
    const { store, user } = await openSidePanel();
    const box = screen.getByRole('textbox', { name: 'Decision' });
    await user.type(box, 'The drop-in moves to');
    const second = agreedAgenda().items[1]!;

    store.editAsSomeoneElse('meetings', MEETING_KEY, { CurrentItem: second.id, MeetingStatus: 'Live' }, 'Priya Shah');
    await partnerSaves();

    expect(screen.getByRole('heading', { level: 2, name: 'Book the library room for the drop-in' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Decision' })).toHaveValue('The drop-in moves to');
    expect(screen.getByRole('textbox', { name: 'Decision' })).toHaveFocus();
    expect(screen.getByText(`Priya Shah moved the meeting to item 2: ${english(second.title)}. You stay here with what you are writing.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Follow' }));
    expect(screen.getByRole('heading', { level: 2, name: english(second.title) })).toBeInTheDocument();
    // The draft waits on its own item.
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByRole('textbox', { name: 'Decision' })).toHaveValue('The drop-in moves to');
  });

  it('follows the meeting straight away when this person has nothing half-written', async () => {
    const { store } = await openSidePanel();
    const second = agreedAgenda().items[1]!;
    store.editAsSomeoneElse('meetings', MEETING_KEY, { CurrentItem: second.id }, 'Priya Shah');
    await partnerSaves();
    expect(screen.getByRole('heading', { level: 2, name: english(second.title) })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Follow' })).not.toBeInTheDocument();
  });

  it('never replaces the owner being typed: the other person’s value shows beside it', async () => {
    const { store, user } = await openSidePanel();
    const owner = within(actionGroup()).getByRole('textbox', { name: /Owner/ });
    await user.clear(owner);
    await user.type(owner, 'Sam Okafor');

    store.editAsSomeoneElse('actions', 'a1', { Owner: 'CEM' }, 'Priya Shah');
    await partnerSaves();

    expect(owner).toHaveValue('Sam Okafor');
    expect(owner).toHaveFocus();
    expect(screen.getByText('Priya Shah changed this to “CEM” while you were typing.')).toBeInTheDocument();
    await user.tab();
    expect(store.updates.filter((u) => u.section === 'actions')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(store.updates.filter((u) => u.section === 'actions').map((u) => u.changes)).toEqual([{ Owner: 'Sam Okafor' }]);
  });

  it('saves a due date once, when the person leaves the field, and never a half-typed one', async () => {
    const { store } = await openSidePanel();
    const due = within(actionGroup()).getByLabelText('Due') as HTMLInputElement;
    act(() => due.focus());
    fireEvent.change(due, { target: { value: '2031-02-1' } });
    fireEvent.change(due, { target: { value: '2031-02-14' } });
    expect(store.updates).toHaveLength(0);
    fireEvent.blur(due);
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(store.updates.map((u) => u.changes)).toEqual([{ DueDate: '2031-02-14' }]);
  });

  it('changes the status only when an option is chosen, not on an arrow key', async () => {
    const { store, user } = await openSidePanel();
    const status = within(actionGroup()).getByRole('combobox', { name: 'Status' });
    act(() => status.focus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(store.updates).toHaveLength(0);
    await user.keyboard('{Escape}');
    await user.click(status);
    await user.click(screen.getByRole('option', { name: 'In progress' }));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(store.updates.map((u) => u.changes.Status)).toEqual(['In progress']);
  });

  it('keeps focus on Mark done once the action is done', async () => {
    const { user } = await openSidePanel();
    const button = within(actionGroup()).getByRole('button', { name: 'Mark done: Book the library room for the drop-in' });
    await user.click(button);
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(within(actionGroup()).getByRole('button', { name: 'Mark done: Book the library room for the drop-in' })).toHaveFocus();
  });
});

describe('opening the app in the Teams meeting', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2031-02-02T09:30:00') });
    window.sessionStorage.clear();
  });
  afterEach(() => {
    jest.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('links the Teams meeting to the meeting planned for the day, once, instead of creating a row', async () => {
    const store = new MemoryPlanStore(planWithAgreedMeeting());
    renderSurface(SidePanelSurface, store, '19:meeting_planned@thread.v2');
    for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
    await screen.findByRole('heading', { level: 2, name: 'Book the library room for the drop-in' });
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
    expect(store.creates.filter((c) => c.section === 'meetings')).toEqual([]);
    expect(store.updates.filter((u) => u.section === 'meetings').map((u) => u.changes)).toEqual([{ TeamsMeetingId: '19:meeting_planned@thread.v2' }]);
  });
});
