/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from '../support/render-tab';

// Typing through Fluent's pickers in jsdom takes a second or more a key on a busy machine.
jest.setTimeout(90_000);

async function typeIn(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, text: string) {
  await user.click(box);
  await user.paste(text);
}

async function openNewAction(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Add row to Actions' }));
  const dialog = await screen.findByRole('dialog');
  await typeIn(user, within(dialog).getByRole('textbox', { name: /^Action/ }), 'Book the library foyer');
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Status/ }), 'Open');
  return dialog;
}

describe('the date picker in a row form', () => {
  it('refuses an impossible date with a message that says what to type, and saves nothing', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    renderTab(store, sectionRoute('actions'));
    const dialog = await openNewAction(user);
    const due = within(dialog).getByRole('combobox', { name: 'Due' });
    await typeIn(user, due, '31/02/2027');
    // Leaving the field confirms it (the dialog's focus trap keeps jsdom's Tab from moving on).
    await user.click(within(dialog).getByRole('textbox', { name: 'Notes' }));

    expect(due).toHaveValue('31/02/2027');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Enter a real date, like 28/02/2027.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(store.stored('actions')).toHaveLength(1);

    await user.clear(due);
    await user.paste('28/2/2027');
    await user.keyboard('{Enter}{Escape}');
    expect(due).toHaveValue('28/02/2027');
    expect(within(dialog).queryByText('Enter a real date, like 28/02/2027.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.stored('actions')).toHaveLength(2));
    expect(store.stored('actions').find((r) => r.values.ActionTitle === 'Book the library foyer')?.values.DueDate).toBe('2027-02-28');
  });
});

describe('the people picker in a row form', () => {
  it('offers the plan’s people by name, stores "Name <email>" and shows the name in the grid', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    renderTab(store, sectionRoute('actions'));
    const dialog = await openNewAction(user);
    await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), 'jo');
    const option = await screen.findByRole('option', { name: /Jo Marsh/ });
    expect(option).toHaveTextContent('jo.marsh@kestrelvale.gov.uk');
    await user.click(option);
    expect(within(dialog).getByText('Jo Marsh').closest('[title]')).toHaveAttribute('title', 'jo.marsh@kestrelvale.gov.uk');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.stored('actions')).toHaveLength(2));
    const saved = store.stored('actions').find((r) => r.values.ActionTitle === 'Book the library foyer');
    expect(saved?.values.Owner).toBe('Jo Marsh <jo.marsh@kestrelvale.gov.uk>');
    const grid = await screen.findByRole('grid', { name: 'Actions' });
    const cell = within(grid).getByRole('link', { name: 'Jo Marsh' });
    expect(cell).toHaveAttribute('title', 'jo.marsh@kestrelvale.gov.uk');
    expect(within(grid).queryByText(/<jo.marsh/)).not.toBeInTheDocument();
  });

  it('refuses typed text that is not a person rather than dropping it', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    renderTab(store, sectionRoute('actions'));
    const dialog = await openNewAction(user);
    await typeIn(user, within(dialog).getByRole('combobox', { name: 'Owner' }), 'Sam <not an email>');
    await user.click(within(dialog).getByRole('textbox', { name: /^Action/ }));
    expect(await within(dialog).findByText(/Choose someone from the list/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(store.stored('actions')).toHaveLength(1);
  });
});
