/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { splitSignedVersion, signedVersionOf } from '../../src/plan/signed-version';
import { todayLocal, type Plan } from '../../src/plan';
import { row } from '../agenda/plan-factory';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, renderTab, samplePlan } from './support/render-tab';

const SIGN_OFF = `/plan/${PLAN_ID}/sign-off`;
const STATEMENT =
  'We confirm that the plan has been drawn up in partnership with the local authority and that we are content with the proposed priorities for engagement and partnership actions';

/** The sample plan as the ACLM signed it, with a key contact added since. */
function planChangedSinceSigning(): Plan {
  const plan = samplePlan();
  const parts = splitSignedVersion(signedVersionOf(plan));
  const snapshots = parts.map((content, i) =>
    row('snapshots', `snap-${i + 1}`, { SnapshotKey: 'signed-1', Reason: 'Signed', Part: i + 1, Parts: parts.length, Content: content }),
  );
  return {
    header: {
      ...plan.header,
      values: { ...plan.header.values, AclmSignedBy: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', AclmSignedOn: '2031-01-10', SignedSnapshotKey: 'signed-1' },
    },
    sections: {
      ...plan.sections,
      snapshots,
      keyContacts: [...plan.sections.keyContacts, row('keyContacts', 'contact-2', { ContactName: 'Lee Harding' })],
    },
  } as Plan;
}

describe('signing the plan', () => {
  it('records the ACLM, the day and the signed version once the statement is confirmed', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.aclm);
    renderTab(store, SIGN_OFF);
    expect(await screen.findByText(`“${STATEMENT}”`)).toBeInTheDocument();
    const sign = screen.getByRole('button', { name: 'Sign the plan' });
    expect(sign).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'I confirm the statement above' }));
    await user.click(sign);

    await waitFor(() => expect(store.stored('plan')[0]!.values.AclmSignedOn).toBe(todayLocal()));
    const header = store.stored('plan')[0]!.values;
    expect(header.AclmSignedBy).toBe('Sam Okafor <sam.okafor@kestrelvale.gov.uk>');
    const parts = store.stored('snapshots').filter((r) => r.values.SnapshotKey === header.SignedSnapshotKey);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => p.values.Reason === 'Signed' && p.values.Parts === parts.length)).toBe(true);
    expect(header.ClmSignedOn).toBeNull();
  });

  it('offers no signature to the CEM, who does not sign', async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.cem), SIGN_OFF);
    expect(await screen.findByText('The ACLM and the CLM sign the plan, each for themselves.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sign the plan/ })).not.toBeInTheDocument();
  });
});

describe('after the plan was signed', () => {
  it('says it has changed since, and what changed, section by section', async () => {
    const user = userEvent.setup();
    renderTab(new MemoryPlanStore(planChangedSinceSigning(), PEOPLE.cem), SIGN_OFF);
    expect(await screen.findByText('Changed since signed')).toBeInTheDocument();
    const section = screen.getByRole('button', { name: 'Key contacts — 1 added, 0 changed, 0 removed' });
    await user.click(section);
    expect(await screen.findByRole('link', { name: 'Lee Harding' })).toHaveAttribute('href', `#/plan/${PLAN_ID}/section/keyContacts?row=contact-2`);
  });

  it('shows the signed version as it was, without what came later', async () => {
    renderTab(new MemoryPlanStore(planChangedSinceSigning(), PEOPLE.cem), `${SIGN_OFF}/signed-1`);
    const contacts = await screen.findByRole('table', { name: 'Key contacts' });
    expect(within(contacts).getByText('Jo Marsh')).toBeInTheDocument();
    expect(within(contacts).queryByText('Lee Harding')).not.toBeInTheDocument();
  });
});
