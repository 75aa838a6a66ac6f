/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfiguredApp } from '../../src/app/ConfiguredApp';
import { useTokenProvider } from '../../src/app/use-token-provider';
import type { AppConfig } from '../../src/config/app-config';
import { outboxDatabaseName, planCacheDatabaseName } from '../../src/storage/device-data';
import { createIndexedDbQueue, type QueuedChange } from '../../src/storage/outbox';
import { checked } from '../support/checked-values';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, samplePlan } from './support/render-tab';

/** The sign-in the app owns outside Teams (MSAL stays out of this test: src/auth is replaced). */
const mockAuth = {
  canSignOut: true,
  signOut: jest.fn<Promise<void>, []>(),
  getToken: jest.fn<Promise<string>, [readonly string[]]>(async () => 'a-service-token'),
};
jest.mock('../../src/auth', () => ({
  // The real scope rule: the tab asks for a token for the plan service's own API.
  serviceScope: jest.requireActual('../../src/auth/scopes').serviceScope,
  createTokenProvider: async () => ({
    getToken: (scopes: readonly string[]) => mockAuth.getToken(scopes),
    account: () => ({ name: 'Ava Lindqvist', username: 'ava.lindqvist@census.example', tenantId: 'tenant-census' }),
    canSignOut: mockAuth.canSignOut,
    signOut: () => mockAuth.signOut(),
  }),
}));

/** The plan service's browser client is replaced by the UI tests' in-memory store. */
const mockService: { store?: MemoryPlanStore } = {};
jest.mock('../../src/storage/service-client', () => ({
  ...jest.requireActual('../../src/storage/service-client'),
  createServiceStore: () => mockService.store,
}));

const SITE = 'contoso.sharepoint.com,site-1,web-1';
const ACCOUNT = 'tenant-census:ava.lindqvist@census.example';
const TENANT: AppConfig = {
  mode: 'tenant',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  siteId: SITE,
  clientId: '00000000-0000-4000-8000-000000000001',
  authority: 'https://login.microsoftonline.com/organizations',
};
const LOCAL: AppConfig = { mode: 'local', graphBaseUrl: 'http://localhost:53000/graph/v1.0', siteId: SITE };

function serve(config: AppConfig): void {
  globalThis.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => config }) as Response);
}

/** Changes an earlier visit left on the device: one SharePoint has not answered yet, one it refused. */
async function leaveUnsentChanges(): Promise<void> {
  const base = { queuedAt: '2031-03-01T10:00:00.000Z', attempts: 1 };
  const contact = { section: 'keyContacts' as const, planId: PLAN_ID, values: checked('keyContacts', { ContactName: 'Lee Hart', Organisation: 'Kestrel Vale' }) };
  const changes: QueuedChange[] = [
    { ...base, id: 'change-1', seq: 1, state: 'waiting', operation: { kind: 'create', input: { ...contact, key: 'contact-lee' } } },
    {
      ...base,
      id: 'change-2',
      seq: 2,
      state: 'failed',
      operation: { kind: 'create', input: { ...contact, key: 'contact-kit' } },
      failure: { kind: 'refused', problem: { kind: 'refused', code: 'itemRefused', said: 'SharePoint refused the change.' } },
    },
  ];
  const queue = createIndexedDbQueue(outboxDatabaseName(SITE, ACCOUNT));
  for (const change of changes) await queue.put(change);
  queue.close();
}

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

async function deleteEveryDatabase(): Promise<void> {
  for (const name of await databaseNames()) {
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(name!);
      request.onsuccess = done;
    });
  }
}

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ConfiguredApp />
    </FluentProvider>,
  );
}

beforeEach(async () => {
  await deleteEveryDatabase();
  mockService.store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
  mockAuth.canSignOut = true;
  mockAuth.signOut.mockReset().mockResolvedValue(undefined);
  serve(TENANT);
});

describe('signing out in a plain browser', () => {
  it('with nothing waiting, signs out at once from the plan tab: the device forgets the person and the sign-in ends', async () => {
    const user = userEvent.setup();
    renderApp(`?surface=tab&plan=${PLAN_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Kestrel Vale District Council' });
    await waitFor(async () => expect(await databaseNames()).toContain(planCacheDatabaseName(SITE, ACCOUNT)));

    // In the top bar, beside the breadcrumb.
    // It comes once the sign-in has said it can sign out, which may be after the plan.
    const signOut = await screen.findByRole('button', { name: 'Sign out' });
    expect(signOut.closest('header')).toContainElement(screen.getByRole('navigation', { name: 'You are here' }));
    await user.click(signOut);

    expect(await screen.findByRole('heading', { level: 1, name: 'You are signed out' })).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mockAuth.signOut).toHaveBeenCalledTimes(1);
    const names = await databaseNames();
    expect(names).not.toContain(planCacheDatabaseName(SITE, ACCOUNT));
    expect(names).not.toContain(outboxDatabaseName(SITE, ACCOUNT));
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
  });

  it('asks first when changes have not reached SharePoint, and staying signed in keeps them', async () => {
    mockService.store!.hold();
    await leaveUnsentChanges();
    const user = userEvent.setup();
    renderApp('?surface=personal');

    await user.click(await within(await screen.findByRole('banner')).findByRole('button', { name: 'Sign out' }));

    const question = await screen.findByRole('alertdialog', { name: 'Changes not sent yet' });
    expect(question).toHaveTextContent('2 changes have not reached SharePoint yet. If you sign out now they are lost.');
    const stay = within(question).getByRole('button', { name: 'Stay signed in' });
    await waitFor(() => expect(stay).toHaveFocus());
    // Focus inside counts as entering the dialog: it is not hidden from assistive technology.
    expect(screen.getByRole('alertdialog', { name: 'Changes not sent yet' })).toBe(question);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const signOut = await screen.findByRole('button', { name: 'Sign out' });
    await waitFor(() => expect(signOut).toHaveFocus());
    await user.keyboard('{Enter}');
    await screen.findByRole('alertdialog', { name: 'Changes not sent yet' });
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(mockAuth.signOut).not.toHaveBeenCalled();
    expect(await databaseNames()).toContain(outboxDatabaseName(SITE, ACCOUNT));
    expect(await screen.findByRole('button', { name: 'Sign out' })).toHaveFocus();
  });

  it('signs out anyway when asked to: the unsent changes are deleted with the plans kept here', async () => {
    mockService.store!.hold();
    await leaveUnsentChanges();
    const user = userEvent.setup();
    const { container } = renderApp(`?surface=tab&plan=${PLAN_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    const question = await screen.findByRole('alertdialog');
    // While the question is asked, the page behind it is hidden from assistive technology.
    await waitFor(() => expect(container).toHaveAttribute('aria-hidden', 'true'));
    await user.click(within(question).getByRole('button', { name: 'Sign out anyway' }));

    // Found by role: the page left behind is not hidden from assistive technology by the closed dialog.
    expect(await screen.findByRole('heading', { level: 1, name: 'You are signed out' })).toHaveFocus();
    expect(mockAuth.signOut).toHaveBeenCalledTimes(1);
    expect(await databaseNames()).not.toContain(outboxDatabaseName(SITE, ACCOUNT));
  });

  it('says so when the sign-in could not be ended, having still deleted what the device kept', async () => {
    mockAuth.signOut.mockRejectedValue(new Error('The sign-in service did not answer.'));
    const user = userEvent.setup();
    renderApp('?surface=personal');

    await user.click(await within(await screen.findByRole('banner')).findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Signing out did not finish' })).toBeInTheDocument();
    expect(screen.getByText(/The sign-in service did not answer\./)).toBeInTheDocument();
    expect(await databaseNames()).not.toContain(outboxDatabaseName(SITE, ACCOUNT));
  });

  it('offers no Sign out in local mode, where the demo switcher chooses a sample user instead', async () => {
    serve(LOCAL);
    renderApp('?surface=personal');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('Local demo')).toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});

describe('the sign-in seam', () => {
  it('offers signing out outside Teams and never inside it, where the app borrows Teams’ sign-in', async () => {
    const outside = renderHook(() => useTokenProvider(TENANT, '', false));
    await waitFor(() => expect(outside.result.current.account).toBe(ACCOUNT));
    // The signed-in person's token is for the plan service's API on the tab's own host.
    expect(await outside.result.current.getToken?.()).toBe('a-service-token');
    expect(mockAuth.getToken).toHaveBeenLastCalledWith([`api://${window.location.host}/${TENANT.clientId}/access_as_user`]);
    await outside.result.current.signOut?.();
    expect(mockAuth.signOut).toHaveBeenCalledTimes(1);

    // A Teams client without nested app authentication: the provider could sign out, Teams still owns it.
    const inside = renderHook(() => useTokenProvider(TENANT, '', true));
    await waitFor(() => expect(inside.result.current.account).toBe(ACCOUNT));
    expect(inside.result.current.signOut).toBeUndefined();
  });

  it('offers no signing out when the provider has nothing to sign out of', async () => {
    mockAuth.canSignOut = false;
    const { result } = renderHook(() => useTokenProvider(TENANT, '', false));
    await waitFor(() => expect(result.current.account).toBe(ACCOUNT));
    expect(result.current.signOut).toBeUndefined();
  });
});
