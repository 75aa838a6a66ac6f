/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, strandChoice, todayLocal, type Plan } from '../../src/plan';
import { makePlan, row } from '../agenda/plan-factory';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, sectionRoute } from './support/render-tab';

/** Three actions: one late, one due in a few days, one done long ago. */
function actionsPlan(): Plan {
  const today = todayLocal();
  return makePlan({ CouncilDomain: 'kestrelvale.gov.uk' }, [
    row('actions', 'action-late', { ActionTitle: 'Send the leaflet proofs', Status: 'Open', Strand: strandChoice(7), DueDate: addDays(today, -3) }),
    row('actions', 'action-soon', { ActionTitle: 'Book the library foyer', Status: 'In progress', DueDate: addDays(today, 4) }),
    row('actions', 'action-done', { ActionTitle: 'Print the posters', Status: 'Done', DueDate: addDays(today, -20) }),
  ]);
}

async function openActions(person: (typeof PEOPLE)[keyof typeof PEOPLE] = PEOPLE.aclm) {
  const store = new MemoryPlanStore(actionsPlan(), person);
  renderTab(store, sectionRoute('actions'));
  const grid = await screen.findByRole('grid', { name: 'Actions' });
  return { store, grid };
}

function cellOf(grid: HTMLElement, title: string, column: string): HTMLElement {
  const rowElement = within(grid).getByText(title).closest('[role="row"]') as HTMLElement;
  const cell = rowElement.querySelector<HTMLElement>(`[data-cell="${column}"]`);
  if (!cell) throw new Error(`no ${column} cell`);
  return cell;
}

const stored = (store: MemoryPlanStore, key: string) => store.stored('actions').find((r) => r.key === key)?.values;

describe('when someone who may change a section edits a cell in place', () => {
  it('saves a text cell on Enter through the schema and outbox, announces it and gives focus back to the cell', async () => {
    const user = userEvent.setup();
    const { store, grid } = await openActions();
    const cell = cellOf(grid, 'Book the library foyer', 'ActionTitle');
    expect(cell).toHaveAccessibleDescription('Press Enter to change.');
    cell.focus();
    await user.keyboard('{Enter}');
    const input = within(grid).getByRole('textbox', { name: 'Action of "Book the library foyer"' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Book the library foyer for May{Enter}');

    expect(await within(grid).findByText('Book the library foyer for May')).toBeInTheDocument();
    await waitFor(() => expect(stored(store, 'action-soon')?.ActionTitle).toBe('Book the library foyer for May'));
    expect(screen.getByText('Action saved for "Book the library foyer for May".')).toBeInTheDocument();
    expect(cellOf(grid, 'Book the library foyer for May', 'ActionTitle')).toHaveFocus();
    expect(store.calls).toMatchObject([{ kind: 'update', section: 'actions', values: { ActionTitle: 'Book the library foyer for May' } }]);
  });

  it('refuses an emptied required cell with the schema message and saves nothing; Escape puts it back', async () => {
    const user = userEvent.setup();
    const { store, grid } = await openActions();
    await user.click(cellOf(grid, 'Send the leaflet proofs', 'ActionTitle'));
    const input = within(grid).getByRole('textbox', { name: 'Action of "Send the leaflet proofs"' });
    await user.clear(input);
    await user.keyboard('{Enter}');
    expect(await within(grid).findByText('Action is required.')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    expect(within(grid).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(grid).getByText('Send the leaflet proofs')).toBeInTheDocument();
    expect(screen.getByText('Change cancelled. Nothing was saved.')).toBeInTheDocument();
    expect(store.calls).toEqual([]);
  });

  it('saves a choice as soon as it is picked', async () => {
    const user = userEvent.setup();
    const { store, grid } = await openActions();
    await user.click(cellOf(grid, 'Send the leaflet proofs', 'Status'));
    await user.click(within(grid).getByRole('combobox', { name: 'Status of "Send the leaflet proofs"' }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Done' }));

    await waitFor(() => expect(stored(store, 'action-late')?.Status).toBe('Done'));
    expect(store.calls).toMatchObject([{ kind: 'update', section: 'actions', values: { Status: 'Done' } }]);
  });

  it('refuses an impossible date typed in a cell, keeps it on screen and saves nothing', async () => {
    const user = userEvent.setup();
    const { store, grid } = await openActions();
    await user.click(cellOf(grid, 'Book the library foyer', 'DueDate'));
    const due = within(grid).getByRole('combobox', { name: 'Due of "Book the library foyer"' });
    await user.clear(due);
    await user.type(due, '31/02/2027{Enter}');
    expect(await within(grid).findByText('Enter a real date, like 28/02/2027.')).toBeInTheDocument();
    expect(due).toHaveValue('31/02/2027');
    expect(store.calls).toEqual([]);

    await user.clear(due);
    await user.type(due, '28/2/2027{Enter}');
    await waitFor(() => expect(stored(store, 'action-soon')?.DueDate).toBe('2027-02-28'));
  });
});

describe('when someone may only read a section', () => {
  it('offers no editing in its cells', async () => {
    const user = userEvent.setup();
    const { grid } = await openActions(PEOPLE.manager);
    const cell = cellOf(grid, 'Send the leaflet proofs', 'ActionTitle');
    expect(cell).not.toHaveAccessibleDescription('Press Enter to change.');
    cell.focus();
    await user.keyboard('{Enter}');
    await user.click(cell);
    expect(within(grid).queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('the actions grid', () => {
  it('marks late and nearly due open actions with a word and an icon, not colour alone', async () => {
    const { grid } = await openActions();
    expect(within(cellOf(grid, 'Send the leaflet proofs', 'DueDate')).getByText('Overdue')).toBeInTheDocument();
    expect(within(cellOf(grid, 'Book the library foyer', 'DueDate')).getByText('Due soon')).toBeInTheDocument();
    const done = cellOf(grid, 'Print the posters', 'DueDate');
    expect(within(done).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('searches and filters by a choice column, says how many show, and clears', async () => {
    const user = userEvent.setup();
    const { grid } = await openActions();
    await user.type(screen.getByRole('searchbox', { name: 'Search Actions' }), 'library');
    await waitFor(() => expect(within(grid).queryByText('Send the leaflet proofs')).not.toBeInTheDocument());
    expect(within(grid).getByText('Book the library foyer')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Done');
    await waitFor(() => expect(within(grid).queryByText('Book the library foyer')).not.toBeInTheDocument());
    expect(within(grid).getByText('Print the posters')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search Actions' }), 'leaflet');
    expect(await screen.findByText('No rows match the search or filters.')).toBeInTheDocument();
  });
});
