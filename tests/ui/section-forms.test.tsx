/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

describe('adding a key contact through the generated form', () => {
  it('shows each refused field beside its control and saves nothing', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    renderTab(store, sectionRoute('keyContacts'));
    await user.click(await screen.findByRole('button', { name: 'Add row to Key contacts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to Key contacts' });

    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByText('Name is required.')).toBeInTheDocument();
    expect(within(dialog).getByText('Email must be an email address, like name@council.gov.uk.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveFocus();
    expect(store.calls).toEqual([]);
  });

  it('adds the row to the grid and to storage once the values are valid', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    renderTab(store, sectionRoute('keyContacts'));
    await user.click(await screen.findByRole('button', { name: 'Add row to Key contacts' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Lee Harding');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'lee.harding@kestrelvale.gov.uk');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const grid = await screen.findByRole('grid', { name: 'Key contacts' });
    expect(await within(grid).findByText('Lee Harding')).toBeInTheDocument();
    await waitFor(() => expect(store.stored('keyContacts').map((r) => r.values.ContactName)).toContain('Lee Harding'));
  });
});

describe('the form generated for each kind of field', () => {
  it('gives choices a list, notes a multi-line box, dates a date picker and people a people picker', async () => {
    const user = userEvent.setup();
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), sectionRoute('actions'));
    await user.click(await screen.findByRole('button', { name: 'Add row to Actions' }));
    const dialog = await screen.findByRole('dialog');

    const status = within(dialog).getByRole('combobox', { name: /^Status/ });
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not set', 'Open', 'In progress', 'Done', 'Dropped']);
    expect(within(dialog).getByRole('combobox', { name: 'Strand' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Notes' }).tagName).toBe('TEXTAREA');
    const due = within(dialog).getByRole('combobox', { name: 'Due' });
    expect(due).toHaveAttribute('type', 'text');
    expect(due).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    expect(within(dialog).getByRole('combobox', { name: 'Owner' })).toHaveAccessibleDescription(/A person \("Name <email>"\) or a role/);
  });

  it('gives yes/no fields a checkbox and numbers a number input', async () => {
    const user = userEvent.setup();
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), sectionRoute('areaProfileReview'));
    await user.click(await screen.findByRole('button', { name: 'Add row to Area profile review' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('checkbox', { name: 'Representative' })).not.toBeChecked();
    expect(within(dialog).getByRole('spinbutton', { name: 'Section' })).toHaveAttribute('type', 'number');
  });
});
