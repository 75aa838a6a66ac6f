/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { SiteLinks } from '../../src/app/SiteLinks';
import { MessagesProvider } from '../../src/i18n';
import type { Identity } from '../../src/storage/port';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { renderWithStore } from './support/render-with-store';
import './support/dom-shims';

const ROLLUP = 'All plans at a glance';
const SET_UP = 'Set up this site';
const HEADING = 'For managers and site owners';

function showAs(identity: Identity) {
  const store = new MemoryPlanStore([], identity);
  const view = renderWithStore(
    store,
    <MessagesProvider>
      <SiteLinks />
    </MessagesProvider>,
  );
  return { store, view };
}

const person = (email: string, rights: { manager?: boolean; siteOwner?: boolean }): Identity => ({ id: email, displayName: email, email, ...rights });

describe('the links to the site-wide pages', () => {
  it('are not offered to a council ACLM, whose list holds only their own plan', async () => {
    const { store } = showAs(person('grace.okafor@fenmouth.example', { manager: false, siteOwner: false }));
    await waitFor(() => expect(store.identity).toBeDefined());
    // Give the identity time to arrive, then the nav must still be absent.
    await new Promise((settle) => setTimeout(settle, 50));
    expect(screen.queryByRole('navigation', { name: HEADING })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: ROLLUP })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: SET_UP })).not.toBeInTheDocument();
  });

  it('are not offered while nobody is known yet, nor to an identity that says nothing of rights', async () => {
    showAs({ id: 'x', displayName: 'X', email: 'x@census.example' });
    await new Promise((settle) => setTimeout(settle, 50));
    expect(screen.queryByRole('link', { name: ROLLUP })).not.toBeInTheDocument();
  });

  it('offer a manager the roll-up but not the site set-up', async () => {
    showAs(person('mo@census.example', { manager: true, siteOwner: false }));
    const nav = await screen.findByRole('navigation', { name: HEADING });
    expect(within(nav).getByRole('link', { name: ROLLUP })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: SET_UP })).not.toBeInTheDocument();
  });

  it('offer a site owner the site set-up; one who is also a manager sees both', async () => {
    const owner = showAs(person('so@census.example', { manager: false, siteOwner: true }));
    const nav = await within(owner.view.container).findByRole('navigation', { name: HEADING });
    expect(within(nav).getByRole('link', { name: SET_UP })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: ROLLUP })).not.toBeInTheDocument();

    const both = showAs(person('both@census.example', { manager: true, siteOwner: true }));
    const bothNav = await within(both.view.container).findByRole('navigation', { name: HEADING });
    expect(within(bothNav).getAllByRole('link').map((a) => a.textContent)).toEqual([ROLLUP, SET_UP]);
  });
});
