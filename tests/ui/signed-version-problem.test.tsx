/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { TabSurface } from '../../src/app/TabSurface';
import { SignedVersionProblem } from '../../src/features/sign-off/SignedVersionProblem';
import { MessagesProvider } from '../../src/i18n';
import { joinSignedVersion, signedVersionOf, splitSignedVersion, SignedVersionError } from '../../src/plan/signed-version';
import type { Plan } from '../../src/plan';
import { row } from '../agenda/plan-factory';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, PLAN_ID, samplePlan } from './support/render-tab';
import { renderWithStore } from './support/render-with-store';

/** The sample plan signed, with the first of its signed version's stored parts lost. */
function planWithPartLost(): { plan: Plan; parts: number } {
  const plan = samplePlan();
  const parts = splitSignedVersion(signedVersionOf(plan), 2000);
  const snapshots = parts.map((content, i) => row('snapshots', `snap-${i + 1}`, { SnapshotKey: 'signed-1', Reason: 'Signed', Part: i + 1, Parts: parts.length, Content: content })).slice(1);
  const header = { ...plan.header, values: { ...plan.header.values, AclmSignedBy: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', AclmSignedOn: '2031-01-10', SignedSnapshotKey: 'signed-1' } };
  return { plan: { header, sections: { ...plan.sections, snapshots } } as Plan, parts: parts.length };
}

function caught(parts: Parameters<typeof joinSignedVersion>[0]): SignedVersionError {
  try {
    joinSignedVersion(parts);
  } catch (error) {
    if (error instanceof SignedVersionError) return error;
  }
  throw new Error('joinSignedVersion accepted what it should refuse');
}

describe('a signed version that cannot be read', () => {
  it('says on the sign-off page how much of it was found and what to do', async () => {
    const { plan, parts } = planWithPartLost();
    window.history.replaceState(null, '', `/?surface=tab&plan=${PLAN_ID}#/plan/${PLAN_ID}/sign-off`);
    renderWithStore(new MemoryPlanStore(plan, PEOPLE.cem), <TabSurface />);
    expect(await screen.findByText(`Only part of the signed version was found (${parts - 1} of ${parts} parts). Ask the CEM to sign the plan again.`)).toBeInTheDocument();
  });

  it.each([
    ['a part missing', [{ part: 2, parts: 2, content: '{}' }], 'Dim ond rhan o’r fersiwn a lofnodwyd a gafwyd (1 o 2 rhan). Gofynnwch i’r CEM lofnodi’r cynllun eto.'],
    ['not JSON at all', [{ part: 1, parts: 1, content: '{"format":' }], 'Mae’r fersiwn a lofnodwyd wedi’i chadw mewn ffurf na all yr ap hwn ei darllen. Gofynnwch i’r CEM lofnodi’r cynllun eto.'],
  ])('tells a Welsh reader in Welsh when it has %s', async (_what, parts, welsh) => {
    localStorage.clear();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <MessagesProvider locale="cy-GB">
          <SignedVersionProblem error={caught(parts)} />
        </MessagesProvider>
      </FluentProvider>,
    );
    expect(await screen.findByText(welsh)).toBeInTheDocument();
  });
});
