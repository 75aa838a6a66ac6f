/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NudgeDigest, NudgeSettingsButton } from '../../src/features/nudges';
import { MessagesProvider } from '../../src/i18n';
import { NudgesProvider, type DigestNudge, type NudgeKind, type Nudges } from '../../src/lib/nudges-context';
import './support/dom-shims';

// The machine running the suite is shared: give the UI time to settle before a query gives up.
configure({ asyncUtilTimeout: 5000 });

const KINDS: NudgeKind[] = ['actionAssigned', 'signatureRequested', 'concernRaised'];
const ASKED: DigestNudge = {
  kind: 'signatureRequested',
  planId: 'kestrel-vale',
  section: 'plan',
  rowKey: 'kestrel-vale',
  about: 'Kestrel Vale District Council',
  by: { email: 'ava.lindqvist@census.example', displayName: 'Ava Lindqvist' },
};

function fakeService(options: { off?: NudgeKind[]; digest?: DigestNudge[]; saveFails?: boolean } = {}) {
  let off = options.off ?? [];
  const calls = { takeDigest: 0, saved: [] as (readonly NudgeKind[])[] };
  const nudges: Nudges = {
    askToSign: async () => 0,
    settings: async () => ({ kinds: KINDS, off }),
    async saveSettings(next) {
      if (options.saveFails) throw new Error('The plan service is busy.');
      calls.saved.push(next);
      off = [...next];
      return off;
    },
    takeDigest: async () => (calls.takeDigest++, options.digest ?? []),
  };
  return { nudges, calls };
}

function show(nudges: Nudges) {
  window.history.replaceState(null, '', '/?surface=personal&as=grace.okafor%40fenmouth.example');
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <MessagesProvider>
        <NudgesProvider nudges={nudges}>
          <NudgeSettingsButton />
          <NudgeDigest />
        </NudgesProvider>
      </MessagesProvider>
    </FluentProvider>,
  );
}

describe('the digest of nudges Teams could not deliver', () => {
  it('is taken once as the app opens and each nudge opens its place in the plan, keeping who is acting', async () => {
    const user = userEvent.setup();
    const { nudges, calls } = fakeService({ digest: [ASKED] });
    show(nudges);
    const link = await screen.findByRole('link', { name: 'Ava Lindqvist asks you to sign the plan for Kestrel Vale District Council' });
    const href = new URL(link.getAttribute('href')!);
    expect(href.searchParams.get('plan')).toBe('kestrel-vale');
    expect(href.searchParams.get('as')).toBe('grace.okafor@fenmouth.example');
    expect(href.hash).toBe('#/plan/kestrel-vale/sign-off');
    expect(screen.getByText('While you were away: 1 notification Teams could not deliver')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss these notifications' }));
    expect(screen.queryByRole('link', { name: /asks you to sign/ })).not.toBeInTheDocument();
    expect(calls.takeDigest).toBe(1);
  });

  it('shows nothing when nothing was kept', async () => {
    const { nudges, calls } = fakeService();
    show(nudges);
    await waitFor(() => expect(calls.takeDigest).toBe(1));
    expect(screen.queryByText(/While you were away/)).not.toBeInTheDocument();
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
    expect(await screen.findByText('Your choices were not saved: The plan service is busy.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
