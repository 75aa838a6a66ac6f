/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { proposeAgenda } from '../../src/agenda';
import { exportOutline } from '../../src/documents/export';
import { rollupRow } from '../../src/features/manager-rollup/rollup-rows';
import { signOffText } from '../../src/features/manager-rollup/rollup-text';
import { createTranslate } from '../../src/i18n';
import { enGB } from '../../src/i18n/en-GB';
import type { FieldValue, Plan } from '../../src/plan';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, renderTab, samplePlan } from './support/render-tab';
import { english } from '../agenda/english';

const t = createTranslate(enGB, 'en-GB');
const TODAY = '2031-02-02';

function withHeader(values: Record<string, FieldValue>): Plan {
  const plan = samplePlan();
  return { ...plan, header: { ...plan.header, values: { ...plan.header.values, ...values } } };
}

/** What the exported LAPP's signature table (under "Sign-off") says on each signer's row. */
function exportedSignatures(plan: Plan): Record<string, string> {
  const blocks = exportOutline(plan, 'lapp', { today: TODAY }).blocks;
  const from = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Sign-off');
  const table = blocks.slice(from + 1).find((b) => b.kind === 'table');
  const rows = table?.kind === 'table' ? table.rows : [];
  return Object.fromEntries(rows.map(([role = '', ...rest]) => [role, rest.filter(Boolean).join(', ')]));
}

async function homeSignOff(plan: Plan): Promise<HTMLElement> {
  renderTab(new MemoryPlanStore(plan, PEOPLE.cem), `/plan/${PLAN_ID}`);
  return (await screen.findByRole('heading', { level: 2, name: 'Sign-off' })).parentElement!;
}

describe('a plan signed by one party only', () => {
  // Imported from a document: the ACLM's name was recorded without a date.
  const plan = withHeader({ AclmSignedBy: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', AclmSignedOn: null });

  it('is the same half-signed plan on the plan home, the roll-up, the export and the agenda', async () => {
    const home = await homeSignOff(plan);
    expect(within(home).getByText('Signed by Sam Okafor (date not recorded)')).toBeInTheDocument();
    expect(within(home).getAllByText('Not signed')).toHaveLength(1);

    const line = rollupRow(plan, TODAY);
    expect(line.signOffStatus).toBe('partly-signed');
    expect(signOffText(line, t)).toBe('Awaiting CLM');

    expect(exportedSignatures(plan)).toEqual({ ACLM: 'Sam Okafor, Signed in the app', CLM: 'Ruth Abara, Not signed yet' });

    const unsigned = proposeAgenda({ plan, meetingDate: TODAY }).items.find((item) => item.id === 'plan:unsigned');
    expect(unsigned && english(unsigned.reason)).toBe('The CLM has not signed the plan yet. The ACLM signed.');
  });

  it('counts as signed everywhere when the plan names only that party', async () => {
    const onlyAclm = withHeader({ Clm: null, AclmSignedBy: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', AclmSignedOn: '2031-01-10' });
    const home = await homeSignOff(onlyAclm);
    expect(within(home).getByText('Signed by Sam Okafor, 10 Jan 2031')).toBeInTheDocument();
    expect(within(home).queryByText('Not signed')).not.toBeInTheDocument();

    const line = rollupRow(onlyAclm, TODAY);
    expect(line.signOffStatus).toBe('signed');
    expect(signOffText(line, t)).toBe('Signed 10 Jan 2031');

    expect(exportedSignatures(onlyAclm)).toEqual({ ACLM: 'Sam Okafor, Signed in the app, 10 Jan 2031' });

    expect(proposeAgenda({ plan: onlyAclm, meetingDate: TODAY }).items.map((item) => item.id)).not.toContain('plan:unsigned');
  });
});
