/** @jest-environment jsdom */
import ExcelJS from 'exceljs';
import { screen, waitFor, within, configure } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ManagerDashboard } from '../../../src/features/manager-rollup/ManagerDashboard';
import { saveFile } from '../../../src/features/manager-rollup/save-file';
import type { Plan } from '../../../src/plan';
import type { PlanStore } from '../../../src/storage/port';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { renderWithStore } from '../support/render-with-store';
import '../support/dom-shims';
import { bramble, ottery, wyre } from './rollup-plans';

jest.mock('../../../src/features/manager-rollup/save-file', () => ({ saveFile: jest.fn() }));
configure({ asyncUtilTimeout: 5000 });

const sites: MemoryPlanStore[] = [];

/** A site holding the given plans, read by a manager; the roll-up only reads (see afterEach). */
function siteOf(plans: readonly Plan[], failure?: Error): PlanStore {
  const site = new MemoryPlanStore(plans, { id: 'm', displayName: 'Morgan Reyes', email: 'morgan.reyes@census.example' });
  if (failure) {
    site.listPlans = async () => {
      throw failure;
    };
  }
  sites.push(site);
  return site;
}

function renderDashboard(store: PlanStore) {
  return renderWithStore(store, <ManagerDashboard />);
}

const councilsInGrid = () =>
  within(screen.getByRole('grid', { name: 'Plans by council' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]!.textContent);

beforeEach(() => {
  // Only the date is fixed: the figures are "as of" 10 Jan 2031; timers stay real for the UI.
  jest.useFakeTimers({ now: new Date('2031-01-10T12:00:00'), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'performance', 'hrtime'] });
  jest.mocked(saveFile).mockClear();
});
afterEach(() => {
  jest.useRealTimers();
  expect(sites.splice(0).flatMap((site) => site.calls)).toEqual([]);
});

describe("the managers' roll-up", () => {
  it('shows every council with its sign-off, actions, concerns and meetings, A to Z, with totals', async () => {
    renderDashboard(siteOf([wyre, ottery, bramble]));
    await screen.findByRole('grid', { name: 'Plans by council' });
    expect(screen.getByText('Read only: every council’s plan in this site, as of 10 Jan 2031.')).toBeInTheDocument();
    expect(councilsInGrid()).toEqual(['Bramble Heath Borough Council', 'Ottery Down Council', 'Wyre End Council']);
    const grid = screen.getByRole('grid', { name: 'Plans by council' });
    const otteryRow = within(grid).getAllByRole('row').find((row) => row.textContent?.includes('Ottery Down Council'))!;
    expect(within(otteryRow).getAllByRole('gridcell').map((c) => c.textContent)).toEqual([
      'Ottery Down Council',
      'Signed 5 Jan 2031',
      '3',
      '2',
      '1',
      '27 Dec 2030',
      '24 Jan 2031',
      'Address register, Recruitment',
    ]);
    const totals = screen.getByLabelText('Totals');
    expect(within(totals).getByText('1 signed')).toBeInTheDocument();
    expect(within(totals).getByText('Overdue actions').nextElementSibling).toHaveTextContent('2');
  });

  it('narrows to the councils searched for and to the kind of plan chosen, and says how many are shown', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderDashboard(siteOf([wyre, ottery, bramble]));
    const search = await screen.findByRole('searchbox', { name: 'Find a council' });
    await user.type(search, 'OTTERY');
    expect(councilsInGrid()).toEqual(['Ottery Down Council']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 plans');
    await user.clear(search);
    await user.click(screen.getByRole('combobox', { name: 'Show' }));
    await user.click(screen.getByRole('option', { name: 'Awaiting sign-off' }));
    expect(councilsInGrid()).toEqual(['Bramble Heath Borough Council', 'Wyre End Council']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 3 plans');
    await user.type(search, 'wyre');
    expect(councilsInGrid()).toEqual(['Wyre End Council']);
    await user.type(search, ' heath');
    expect(screen.getByText('No plan matches. Clear the search or show all plans.')).toBeInTheDocument();
  });

  it('sorts by a column when its header is chosen', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderDashboard(siteOf([wyre, ottery, bramble]));
    await screen.findByRole('grid', { name: 'Plans by council' });
    await user.click(screen.getByRole('button', { name: 'Sign-off' }));
    expect(councilsInGrid()).toEqual(['Wyre End Council', 'Bramble Heath Borough Council', 'Ottery Down Council']);
    await user.click(screen.getByRole('button', { name: 'Overdue actions' }));
    await user.click(screen.getByRole('button', { name: 'Overdue actions' }));
    expect(councilsInGrid()[0]).toBe('Ottery Down Council');
  });

  it('draws open against overdue actions with a description and the figures as a table', async () => {
    renderDashboard(siteOf([ottery, bramble]));
    const chart = await screen.findByRole('img', { name: 'Open and overdue actions by council' });
    expect(chart).toHaveAccessibleDescription('Bramble Heath Borough Council: 0 open, 0 overdue; Ottery Down Council: 3 open, 2 overdue');
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getByRole('rowheader', { name: 'Ottery Down Council', hidden: true }).parentElement).toHaveTextContent('Ottery Down Council32');
  });

  it('exports the councils shown as a workbook that Excel opens', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderDashboard(siteOf([wyre, ottery, bramble]));
    await user.type(await screen.findByRole('searchbox', { name: 'Find a council' }), 'ottery');
    await user.click(screen.getByRole('button', { name: 'Export 1 plan shown to Excel' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Downloaded lapp-plans-2031-01-10.xlsx.'));
    const [bytes, name, type] = jest.mocked(saveFile).mock.calls[0]!;
    expect(name).toBe('lapp-plans-2031-01-10.xlsx');
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const plans = workbook.getWorksheet('Plans')!;
    expect(plans.rowCount).toBe(2);
    expect(plans.getCell('A2').value).toBe('Ottery Down Council');
  });

  it('says the plans could not be read, and why', async () => {
    renderDashboard(siteOf([], new Error('SharePoint is busy.')));
    expect(await screen.findByText('The plans could not be read')).toBeInTheDocument();
    expect(screen.getByText('SharePoint is busy.')).toBeInTheDocument();
  });
});
