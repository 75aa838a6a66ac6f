/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NudgeDigest, NudgeSettingsButton } from '../../src/features/nudges';
import { MessagesProvider } from '../../src/i18n';
import { NudgesProvider, type NudgeKind, type Nudges } from '../../src/lib/nudges-context';
import { MemoryDigest, type DigestStore, type PlanNotification } from '../../src/service/notifications';
import { ThrottledError } from '../../src/storage/errors';
import './support/dom-shims';

// The machine running the suite is shared: give the UI time to settle before a query gives up.
configure({ asyncUtilTimeout: 5000 });

const KINDS: NudgeKind[] = ['actionAssigned', 'signatureRequested', 'concernRaised'];
const ME = 'grace.okafor@fenmouth.example';
const AVA = { email: 'ava.lindqvist@census.example', displayName: 'Ava Lindqvist' };
const ASKED: PlanNotification = { kind: 'signatureRequested', to: ME, planId: 'kestrel-vale', section: 'plan', rowKey: 'kestrel-vale', about: 'Kestrel Vale District Council', by: AVA };
const assigned = (about: string): PlanNotification => ({ kind: 'actionAssigned', to: ME, planId: 'kestrel-vale', section: 'actions', rowKey: about, about, by: AVA });

/**
 * The person's side of the notification routes over the service's own digest store, so reading
 * and acknowledging behave as the service's do (reading keeps, seen drops those ids only).
 */
function fakeService(options: { off?: NudgeKind[]; kept?: DigestStore; saveFails?: boolean; seenFails?: boolean } = {}) {
  let off = options.off ?? [];
  const kept = options.kept ?? new MemoryDigest();
  const calls = { reads: 0, seen: [] as (readonly string[])[], saved: [] as (readonly NudgeKind[])[] };
  const nudges: Nudges = {
    askToSign: async () => 0,
    settings: async () => ({ kinds: KINDS, off }),
    async saveSettings(next) {
      if (options.saveFails) throw new ThrottledError(1000);
      calls.saved.push(next);
      off = [...next];
      return off;
    },
    readDigest: async () => (calls.reads++, kept.read(ME)),
    async markDigestSeen(ids) {
      calls.seen.push(ids);
      if (options.seenFails) throw new Error('Offline.');
      await kept.seen(ME, ids);
    },
  };
  return { nudges, calls, kept };
}

function show(nudges: Nudges) {
  window.history.replaceState(null, '', `/?surface=personal&as=${encodeURIComponent(ME)}`);
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <MessagesProvider>
        <NudgesProvider nudges={nudges}>
          <NudgeSettingsButton />
          <NudgeDigest />
          {/* The app shell's main content, where the skip link goes. */}
          <main id="main" tabIndex={-1} aria-label="Main" />
        </NudgesProvider>
      </MessagesProvider>
    </FluentProvider>,
  );
}

const ASKED_TEXT = 'Ava Lindqvist asks you to sign the plan for Kestrel Vale District Council';
const TITLE = /While you were away/;

// jsdom cannot follow links; the app's own click handling still runs.
const stopNavigation = (e: MouseEvent) => (e.target as Element).closest('a') && e.preventDefault();
beforeAll(() => document.addEventListener('click', stopNavigation, true));
afterAll(() => document.removeEventListener('click', stopNavigation, true));

describe('the digest of nudges Teams could not deliver', () => {
  it('shows each nudge opening its place in the plan, keeping who is acting, and again after a reload until dismissed', async () => {
    const user = userEvent.setup();
    const { nudges, calls, kept } = fakeService();
    await kept.add(ASKED);
    const first = show(nudges);
    const link = await screen.findByRole('link', { name: ASKED_TEXT });
    const href = new URL(link.getAttribute('href')!);
    expect(href.searchParams.get('plan')).toBe('kestrel-vale');
    expect(href.searchParams.get('as')).toBe(ME);
    expect(href.hash).toBe('#/plan/kestrel-vale/sign-off');
    expect(screen.getByText('While you were away: 1 notification Teams could not deliver')).toBeInTheDocument();

    // The page closes before the person dismisses it: the next visit shows it again.
    first.unmount();
    show(nudges);
    expect(await screen.findByRole('link', { name: ASKED_TEXT })).toBeInTheDocument();

    const ids = (await kept.read(ME)).map((n) => n.id);
    await user.click(screen.getByRole('button', { name: 'Dismiss these notifications' }));
    expect(screen.queryByText(TITLE)).not.toBeInTheDocument();
    expect(calls.seen).toEqual([ids]);
    expect(await kept.read(ME)).toEqual([]);
    cleanup();
    show(nudges);
    await waitFor(() => expect(calls.reads).toBe(3));
    expect(screen.queryByText(TITLE)).not.toBeInTheDocument();
  });

  it('dismisses one item by its button or by following its link, and "dismiss all" leaves a nudge kept since the read', async () => {
    const user = userEvent.setup();
    const { nudges, calls, kept } = fakeService();
    for (const n of [ASKED, assigned('Book the hall'), assigned('Print the leaflets')]) await kept.add(n);
    const ids = (await kept.read(ME)).map((n) => n.id);
    show(nudges);
    await user.click(await screen.findByRole('button', { name: `Dismiss this notification: ${ASKED_TEXT}` }));
    expect(screen.queryByRole('link', { name: ASKED_TEXT })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss these notifications' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Ava Lindqvist assigned you an action: Book the hall' }));
    expect(screen.getByText('While you were away: 1 notification Teams could not deliver')).toBeInTheDocument();

    await kept.add(assigned('Arrived meanwhile'));
    await user.click(screen.getByRole('button', { name: 'Dismiss these notifications' }));
    expect(calls.seen).toEqual([[ids[0]], [ids[1]], [ids[2]]]);
    expect((await kept.read(ME)).map((n) => n.about)).toEqual(['Arrived meanwhile']);
    // The banner went with the button that had focus: the keyboard is on the page's main content.
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('puts the keyboard on the main content when the last item is dismissed by its own button', async () => {
    const user = userEvent.setup();
    const { nudges, kept } = fakeService();
    await kept.add(ASKED);
    show(nudges);
    await user.click(await screen.findByRole('button', { name: `Dismiss this notification: ${ASKED_TEXT}` }));
    expect(screen.queryByText(TITLE)).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('is the same on two devices until one dismisses it; the other drops it when shown again', async () => {
    const user = userEvent.setup();
    const shared = new MemoryDigest();
    await shared.add(ASKED);
    const desktop = show(fakeService({ kept: shared }).nudges);
    const mobile = show(fakeService({ kept: shared }).nudges);
    expect(await within(desktop.container).findByRole('link', { name: ASKED_TEXT })).toBeInTheDocument();
    expect(await within(mobile.container).findByRole('link', { name: ASKED_TEXT })).toBeInTheDocument();

    await user.click(within(desktop.container).getByRole('button', { name: 'Dismiss these notifications' }));
    await waitFor(async () => expect(await shared.read(ME)).toEqual([]));
    expect(within(mobile.container).getByRole('link', { name: ASKED_TEXT })).toBeInTheDocument();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(within(mobile.container).queryByText(TITLE)).not.toBeInTheDocument());
  });

  it('hides a dismissed nudge for the visit even when the service did not hear, and shows it next visit', async () => {
    const user = userEvent.setup();
    const { nudges, calls, kept } = fakeService({ seenFails: true });
    await kept.add(ASKED);
    show(nudges);
    await user.click(await screen.findByRole('button', { name: 'Dismiss these notifications' }));
    expect(calls.seen).toHaveLength(1);
    // Shown again, it reads the digest once more, which still holds the nudge.
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(calls.reads).toBe(2));
    await act(() => new Promise((settle) => setTimeout(settle, 50)));
    expect(screen.queryByText(TITLE)).not.toBeInTheDocument();
    cleanup();
    show(nudges);
    expect(await screen.findByRole('link', { name: ASKED_TEXT })).toBeInTheDocument();
  });

  it('shows nothing when nothing was kept', async () => {
    const { nudges, calls } = fakeService();
    show(nudges);
    await waitFor(() => expect(calls.reads).toBe(1));
    expect(screen.queryByText(TITLE)).not.toBeInTheDocument();
  });
});

describe("a person's notification choices", () => {
  it('shows each kind on unless turned off, and saves what the person changes', async () => {
    const user = userEvent.setup();
    const { nudges, calls } = fakeService({ off: ['concernRaised'] });
    show(nudges);
    await user.click(screen.getByRole('button', { name: 'Notifications' }));
    const signature = await screen.findByLabelText('A plan waits for my signature');
    expect(signature).toBeChecked();
    expect(screen.getByLabelText('The council raises a concern (for the CEM)')).not.toBeChecked();
    await user.click(signature);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.saved).toEqual([['concernRaised', 'signatureRequested']]);

    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByLabelText('A plan waits for my signature')).not.toBeChecked();
  });

  it('keeps the dialog open and says why when the choice could not be saved', async () => {
    const user = userEvent.setup();
    show(fakeService({ saveFails: true }).nudges);
    await user.click(screen.getByRole('button', { name: 'Notifications' }));
    await user.click(await screen.findByLabelText('An action is assigned to me'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your choices were not saved. SharePoint is busy.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
