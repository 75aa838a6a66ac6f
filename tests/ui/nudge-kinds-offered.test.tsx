/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NudgeSettingsButton } from '../../src/features/nudges';
import { MessagesProvider } from '../../src/i18n';
import { NudgesProvider, type NudgeKind, type Nudges } from '../../src/lib/nudges-context';
import { kindsReaching } from '../../src/service/notifications';
import type { Role } from '../../src/plan';
import './support/dom-shims';

configure({ asyncUtilTimeout: 5000 });

const CONCERN = 'The council raises a concern (for the CEM)';
const SIGN = 'A plan waits for my signature';
const ACTION = 'An action is assigned to me';
const NONE = 'Nothing in the plans you have sends you notifications in Teams.';

/** The settings route as the service answers a person with these roles across their plans. */
function serviceFor(roles: readonly Role[]): { nudges: Nudges; saved: (readonly NudgeKind[])[] } {
  const saved: (readonly NudgeKind[])[] = [];
  const nudges: Nudges = {
    askToSign: async () => 0,
    settings: async () => ({ kinds: kindsReaching(roles), off: [] }),
    saveSettings: async (off) => (saved.push(off), [...off]),
    readDigest: async () => [],
    markDigestSeen: async () => undefined,
  };
  return { nudges, saved };
}

function show(nudges: Nudges, locale?: string) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <MessagesProvider locale={locale} person={`test-${Math.random()}`}>
        <NudgesProvider nudges={nudges}>
          <NudgeSettingsButton />
        </NudgesProvider>
      </MessagesProvider>
    </FluentProvider>,
  );
}

async function openSettings(view: ReturnType<typeof show>) {
  await userEvent.click(within(view.container).getByRole('button', { name: 'Notifications' }));
  return screen.findByRole('dialog');
}

describe('the notification choices each person is offered', () => {
  it('offer a council ACLM their actions and signatures, never the CEM’s concerns', async () => {
    const dialog = await openSettings(show(serviceFor(['aclm']).nudges));
    expect(await within(dialog).findByLabelText(SIGN)).toBeChecked();
    expect(within(dialog).getByLabelText(ACTION)).toBeChecked();
    expect(within(dialog).queryByLabelText(CONCERN)).not.toBeInTheDocument();
  });

  it('offer the CEM concerns and actions but no signature to give', async () => {
    const dialog = await openSettings(show(serviceFor(['cem']).nudges));
    expect(await within(dialog).findByLabelText(CONCERN)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(ACTION)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(SIGN)).not.toBeInTheDocument();
  });

  it('offer council staff only their actions', async () => {
    const staff = await openSettings(show(serviceFor(['councilStaff']).nudges));
    expect(await within(staff).findByLabelText(ACTION)).toBeInTheDocument();
    expect(within(staff).getAllByRole('switch')).toHaveLength(1);
  });

  it('say plainly that nothing reaches a manager, with nothing to save', async () => {
    const { nudges, saved } = serviceFor(['manager']);
    const dialog = await openSettings(show(nudges));
    expect(await within(dialog).findByText(NONE)).toBeInTheDocument();
    expect(within(dialog).queryAllByRole('switch')).toHaveLength(0);
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('say so in Welsh too, with the Welsh close button', async () => {
    const view = show(serviceFor([]).nudges, 'cy-GB');
    await userEvent.click(await within(view.container).findByRole('button', { name: 'Hysbysiadau' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Nid oes dim yn y cynlluniau sydd gennych yn anfon hysbysiadau atoch yn Teams.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cau' })).toBeInTheDocument();
  });

  it('offer someone with roles in two plans the kinds of both', async () => {
    const dialog = await openSettings(show(serviceFor(['cem', 'clm']).nudges));
    await within(dialog).findByLabelText(ACTION);
    expect(within(dialog).getAllByRole('switch').map((s) => s.closest('.fui-Switch')?.textContent)).toEqual([ACTION, SIGN, CONCERN]);
  });
});
