/** @jest-environment jsdom */
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rememberLocalUser } from '../../src/app/local-demo';
import { LocalDemoContext, type LocalDemo } from '../../src/app/local-demo-context';
import { describeSamplePerson } from '../../src/app/local-demo-people';
import { LocalDemoSwitcher } from '../../src/app/LocalDemoSwitcher';
import type { PlanSummary } from '../../src/plan';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, samplePlan } from './support/render-tab';
import { renderWithStore } from './support/render-with-store';

// Menus and dialogs render in portals, slow to query on a shared machine.
configure({ asyncUtilTimeout: 10_000 });

const summary = (council: string, header: Record<string, string>): PlanSummary => ({ id: council.toLowerCase(), council, census: '2031', modified: '', header } as unknown as PlanSummary);
const kestrel = summary('Kestrel Vale District Council', { Cem: 'Ava Lindqvist <ava@census.example>', Aclm: 'Priya Raman <priya@kestrelvale.example>' });
const fenmouth = summary('Fenmouth Borough Council', { Cem: 'Ava Lindqvist <ava@census.example>', Aclm: 'Declan Moore <declan@fenmouth.example>' });

describe('who each sample person is', () => {
  it('takes their role and councils from the plans that name them', () => {
    expect(describeSamplePerson('priya@kestrelvale.example', 'Priya Raman', [kestrel])).toEqual({ email: 'priya@kestrelvale.example', name: 'Priya Raman', role: 'aclm', councils: ['Kestrel Vale District Council'] });
    expect(describeSamplePerson('ava@census.example', 'Ava', [kestrel, fenmouth])).toMatchObject({ role: 'cem', councils: ['Kestrel Vale District Council', 'Fenmouth Borough Council'] });
  });

  it('is a manager when they see plans that do not name them, and nobody when they see none', () => {
    expect(describeSamplePerson('morgan@census.example', 'Morgan', [kestrel, fenmouth])).toEqual({ email: 'morgan@census.example', name: 'Morgan', role: 'manager', councils: [] });
    expect(describeSamplePerson('x@elsewhere.example', 'X', [])).toEqual({ email: 'x@elsewhere.example', name: 'X', councils: [] });
  });
});

describe('acting as someone else', () => {
  it('keeps ?as= naming the person chosen, so links and a reload follow the switch', () => {
    window.history.replaceState(null, '', '/?surface=tab&plan=kestrel-vale&as=ava.lindqvist%40census.example#/plan/kestrel-vale');
    rememberLocalUser('priya.raman@kestrelvale.example');
    expect(new URLSearchParams(window.location.search).get('as')).toBe('priya.raman@kestrelvale.example');
    expect(window.location.hash).toBe('#/plan/kestrel-vale');
  });

  function showSwitcher(unsent: number) {
    const chosen: string[] = [];
    const demo: LocalDemo = {
      config: { mode: 'local', siteId: 'site' } as LocalDemo['config'],
      email: 'ava.lindqvist@census.example',
      unsentChanges: () => unsent,
      choose: (email) => void chosen.push(email),
    };
    renderWithStore(
      new MemoryPlanStore(samplePlan(), PEOPLE.cem),
      <LocalDemoContext.Provider value={demo}>
        <LocalDemoSwitcher />
      </LocalDemoContext.Provider>,
    );
    return chosen;
  }

  it('switches at once when nothing is waiting to be sent', async () => {
    const user = userEvent.setup();
    const chosen = showSwitcher(0);
    await user.click(await screen.findByRole('button', { name: /Signed in as/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: /priya\.raman@kestrelvale\.example/ }));
    expect(chosen).toEqual(['priya.raman@kestrelvale.example']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  async function chooseWithTwoWaiting(user: ReturnType<typeof userEvent.setup>) {
    const chosen = showSwitcher(2);
    await user.click(await screen.findByRole('button', { name: /Signed in as/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: /priya\.raman@kestrelvale\.example/ }));
    // Found by its title (role queries over a portal are slow on a shared machine), then checked as a dialog.
    const dialog = (await screen.findByText('Changes not sent yet')).closest('[role="dialog"]');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Ava Lindqvist has 2 changes that have not reached SharePoint yet. They stay on this device');
    return chosen;
  }

  it('warns of changes not yet sent, and stays when asked to', async () => {
    const user = userEvent.setup();
    const chosen = await chooseWithTwoWaiting(user);
    await user.click(screen.getByText('Stay as Ava Lindqvist'));
    await waitFor(() => expect(screen.queryByText('Changes not sent yet')).not.toBeInTheDocument());
    expect(chosen).toEqual([]);
  });

  it('switches after the warning only when told to switch anyway', async () => {
    const user = userEvent.setup();
    const chosen = await chooseWithTwoWaiting(user);
    await user.click(screen.getByText('Switch anyway'));
    expect(chosen).toEqual(['priya.raman@kestrelvale.example']);
  });
});
