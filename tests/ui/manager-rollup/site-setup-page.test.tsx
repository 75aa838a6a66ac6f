/** @jest-environment jsdom */
import { screen, configure } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { siteSetupFor, type SiteAccess } from '../../../src/app/site-access';
import { SiteSetupPage } from '../../../src/features/site-setup';
import { ForbiddenError } from '../../../src/storage/errors';
import { MANAGER_VIEWS } from '../../../src/storage/views';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { renderWithStore } from '../support/render-with-store';
import '../support/dom-shims';

configure({ asyncUtilTimeout: 5000 });

const refused = async () => {
  throw new ForbiddenError();
};

/** A site whose Graph answers the site's address and whose store refuses to create lists. */
const store = new MemoryPlanStore([], { id: 'c', displayName: 'Council Officer', email: 'officer@council.example' });
store.provision = refused;

function renderPage(access: SiteAccess | undefined) {
  return renderWithStore(store, <SiteSetupPage setUp={access && siteSetupFor(store, access)} />);
}

describe('"Set up this site" in the tab', () => {
  it('lists the views it adds, each with what it shows', () => {
    renderPage(undefined);
    for (const view of MANAGER_VIEWS) expect(screen.getByText(view.title)).toBeInTheDocument();
    expect(screen.getByText(/Open actions whose due date has passed/)).toBeInTheDocument();
  });

  it('points to the command line where the tab cannot reach SharePoint', () => {
    renderPage(undefined);
    expect(screen.queryByRole('button', { name: 'Set up this site' })).not.toBeInTheDocument();
    expect(screen.getByText(/run “lapp provision --site <site address>” instead/)).toBeInTheDocument();
  });

  it('tells someone who does not own the site why nothing was created', async () => {
    // jsdom has no fetch or Response: Graph's answer for the site, as much of a Response as is read.
    const site = JSON.stringify({ id: 'site', webUrl: 'https://contoso.sharepoint.com/sites/census' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, headers: { get: () => null }, text: async () => site }));
    Object.defineProperty(window, 'fetch', { value: fetchMock, configurable: true });
    renderPage({ graphBaseUrl: 'https://graph.microsoft.com/v1.0', siteId: 'site', getGraphToken: async () => 'graph-token' });
    await userEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    expect(await screen.findByText('The site could not be set up')).toBeInTheDocument();
    expect(screen.getByText(/needs the site owner’s rights on this SharePoint site/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('https://graph.microsoft.com/v1.0/sites/site?$select=id,webUrl', expect.anything());
  });
});
