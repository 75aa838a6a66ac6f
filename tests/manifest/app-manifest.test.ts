import { NEWEST_GA_MANIFEST_VERSION } from '../../scripts/app-package/manifest-versions';
import { BRAND_COLOUR } from '../../scripts/icons/lapp-mark';
import { dailyGraphScopes } from '../../src/auth/scopes';
import { TENANT_ENV, decodePng, ourIcons, ourManifest } from './helpers';

type Json = Record<string, any>;
const manifest = ourManifest() as Json;

describe('the Teams app manifest', () => {
  it("uses the newest version Microsoft's manifest reference lists as generally available", () => {
    expect(manifest.manifestVersion).toBe('1.27');
    expect(manifest.manifestVersion).toBe(NEWEST_GA_MANIFEST_VERSION);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('takes the app id, sign-in client id and tab address from the environment', () => {
    expect(manifest.id).toBe(TENANT_ENV.LAPP_APP_ID);
    expect(manifest.webApplicationInfo.id).toBe(TENANT_ENV.LAPP_CLIENT_ID);
    expect(manifest.validDomains).toEqual(['lapp.contoso.example']);
    expect(manifest.version).toBe('1.2.3');
  });

  it('offers "My plans" as a personal tab', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        entityId: 'myPlans',
        name: 'My plans',
        contentUrl: 'https://lapp.contoso.example/?surface=personal',
        scopes: ['personal'],
      }),
    ]);
  });

  it('offers a configurable tab for channels, group chats and meetings, side panel and stage included', () => {
    expect(manifest.configurableTabs).toEqual([
      {
        configurationUrl: 'https://lapp.contoso.example/?surface=config',
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'],
        meetingSurfaces: ['sidePanel', 'stage'],
      },
    ]);
  });

  it('asks only for the meeting-stage permissions, delegated', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
    ]);
  });

  it('shows the Teams loading indicator until the app reports it is ready', () => {
    expect(manifest.showLoadingIndicator).toBe(true);
  });

  it.each(['Sites.ReadWrite.All', 'Sites.Selected'] as const)(
    'prefetches the nested-app-auth token with exactly the scopes, in the order, the tab asks for (%s)',
    (sites) => {
      const filled = ourManifest({ ...TENANT_ENV, LAPP_SITES_PERMISSION: sites }) as Json;
      expect(filled.webApplicationInfo.nestedAppAuthInfo).toEqual([
        { redirectUri: 'brk-multihub://lapp.contoso.example', scopes: [...dailyGraphScopes(sites)] },
      ]);
    },
  );

  it('keeps the port in the domain for local packaging', () => {
    const local = ourManifest({ LAPP_TAB_ORIGIN: 'https://localhost:53000' }) as Json;
    expect(local.validDomains).toEqual(['localhost:53000']);
    expect(local.webApplicationInfo.nestedAppAuthInfo[0].redirectUri).toBe('brk-multihub://localhost:53000');
  });

  it('uses the brand colour of the colour icon as its accent colour', () => {
    expect(manifest.accentColor).toBe(BRAND_COLOUR);
    const corner = decodePng(ourIcons().color).data.subarray(0, 3);
    const hex = `#${[...corner].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
    expect(hex.toUpperCase()).toBe(BRAND_COLOUR.toUpperCase());
  });
});
