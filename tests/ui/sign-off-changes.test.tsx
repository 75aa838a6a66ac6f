/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TabSurface } from '../../src/app/TabSurface';
import { NudgesProvider, type Nudges } from '../../src/lib/nudges-context';
import { splitSignedVersion, signedVersionOf } from '../../src/plan/signed-version';
import type { Plan } from '../../src/plan';
import { StorageError } from '../../src/storage/errors';
import { row } from '../agenda/plan-factory';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, samplePlan } from './support/render-tab';
import { renderWithStore } from './support/render-with-store';

/**
 * The sample plan as the ACLM signed it; since then (unless `edited` is false) Jo Marsh's email
 * changed and her phone was added. `onPaper` records the ACLM's signature from a signed document.
 */
function planEditedSinceSigning({ edited = true, onPaper = false } = {}): Plan {
  const plan = samplePlan();
  const parts = splitSignedVersion(signedVersionOf(plan));
  const snapshots = parts.map((content, i) =>
    row('snapshots', `snap-${i + 1}`, { SnapshotKey: 'signed-1', Reason: 'Signed', Part: i + 1, Parts: parts.length, Content: content }),
  );
  const contacts = plan.sections.keyContacts.map((c) => (edited && c.key === 'contact-1' ? { ...c, values: { ...c.values, Email: 'jo.marsh@kestrelvale.example', Phone: '01632 960123' } } : c));
  return {
    header: { ...plan.header, values: { ...plan.header.values, AclmSignedBy: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', AclmSignedOn: '2031-01-10', AclmSignedOnPaper: onPaper, SignedSnapshotKey: 'signed-1' } },
    sections: { ...plan.sections, snapshots, keyContacts: contacts },
  } as Plan;
}

function fakeNudges(answer: () => Promise<number>) {
  const asked: string[] = [];
  const nudges: Nudges = {
    askToSign: (planId) => (asked.push(planId), answer()),
    settings: async () => ({ kinds: [], off: [] }),
    saveSettings: async (off) => off,
    readDigest: async () => [],
    markDigestSeen: async () => undefined,
  };
  return { nudges, asked };
}

function openSignOff(as: keyof typeof PEOPLE, nudges: Nudges, plan: Plan = planEditedSinceSigning()) {
  window.history.replaceState(null, '', `/?surface=tab&plan=${PLAN_ID}#/plan/${PLAN_ID}/sign-off`);
  return renderWithStore(
    new MemoryPlanStore(plan, PEOPLE[as]),
    <NudgesProvider nudges={nudges}>
      <TabSurface />
    </NudgesProvider>,
  );
}

describe('what changed since the plan was signed', () => {
  it('shows each changed field of a row as it was signed and as it is now', async () => {
    const user = userEvent.setup();
    openSignOff('aclm', fakeNudges(async () => 2).nudges);
    await user.click(await screen.findByRole('button', { name: 'Key contacts — 0 added, 1 changed, 0 removed' }));
    const table = await screen.findByRole('table', { name: 'What changed in Jo Marsh' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['Email', 'jo.marsh@kestrelvale.gov.uk', 'jo.marsh@kestrelvale.example'],
      ['Phone number', '—Empty', '01632 960123'],
    ]);
  });
});

describe('asking the ACLM and the CLM to sign again', () => {
  it('is offered to the CEM, asks the service for this plan and says how many were asked', async () => {
    const user = userEvent.setup();
    const { nudges, asked } = fakeNudges(async () => 2);
    openSignOff('cem', nudges);
    await user.click(await screen.findByRole('button', { name: 'Ask the ACLM and the CLM to sign again' }));
    expect(await screen.findByText('Asked 2 people to sign. Teams tells them, or the plan does when they next open it.')).toBeInTheDocument();
    expect(asked).toEqual([PLAN_ID]);
  });

  it('says so when the service refuses, with the service’s own words marked as English', async () => {
    const user = userEvent.setup();
    const refusal = new StorageError(400, 'badRequest', 'The plan names no ACLM or CLM by email to ask.');
    openSignOff('cem', fakeNudges(async () => Promise.reject(refusal)).nudges);
    await user.click(await screen.findByRole('button', { name: 'Ask the ACLM and the CLM to sign again' }));
    const said = await screen.findByText('The plan names no ACLM or CLM by email to ask.');
    expect(said).toHaveAttribute('lang', 'en');
    expect(said.parentElement).toHaveTextContent('Nobody was asked to sign. This was refused. The plan names no ACLM or CLM by email to ask.');
  });

  it('is not offered to the ACLM', async () => {
    openSignOff('aclm', fakeNudges(async () => 2).nudges);
    expect(await screen.findByText('Changed since signed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ask the ACLM/ })).not.toBeInTheDocument();
  });
});

describe('signing a plan that changed since the other signer signed', () => {
  const lapseWarning = 'The plan has changed since Sam Okafor signed. If you sign now, Sam Okafor will be asked to sign again.';
  const nudges = () => fakeNudges(async () => 2).nudges;

  it('tells the CLM, before they sign, that the ACLM will be asked to sign again', async () => {
    openSignOff('clm', nudges());
    const sign = await screen.findByRole('button', { name: 'Sign the plan' });
    const card = sign.closest('.fui-Card') as HTMLElement;
    expect(within(card).getByText(lapseWarning)).toBeInTheDocument();
    // Heard with the button, not only seen above it.
    expect(sign).toHaveAccessibleDescription(lapseWarning);
  });

  it('says nothing when the plan is as the ACLM signed it', async () => {
    openSignOff('clm', nudges(), planEditedSinceSigning({ edited: false }));
    await screen.findByRole('button', { name: 'Sign the plan' });
    expect(screen.queryByText(/will be asked to sign again/)).not.toBeInTheDocument();
  });

  it('says nothing when the ACLM signed on paper: that signature stands', async () => {
    openSignOff('clm', nudges(), planEditedSinceSigning({ onPaper: true }));
    await screen.findByRole('button', { name: 'Sign the plan' });
    expect(screen.queryByText(/will be asked to sign again/)).not.toBeInTheDocument();
  });

  it('says nothing to the ACLM signing again, as the CLM has not signed', async () => {
    openSignOff('aclm', nudges());
    await screen.findByRole('button', { name: 'Sign the plan as it is now' });
    expect(screen.queryByText(/will be asked to sign again/)).not.toBeInTheDocument();
  });
});
