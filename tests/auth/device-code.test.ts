import * as msalNode from '@azure/msal-node';
import { createDeviceCodeSignIn, type DeviceCode } from '../../src/auth/device-code';
import { SITE_SETUP_SCOPES } from '../../src/auth/scopes';
import { SignInFailedError } from '../../src/auth/sign-in-errors';

jest.mock('@azure/msal-node', () => ({
  ...jest.requireActual('@azure/msal-node'),
  PublicClientApplication: jest.fn(),
}));

const ACCOUNT = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'admin@census.example', localAccountId: 'l' };
const INSTRUCTIONS = 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABC123 to authenticate.';

let client: { acquireTokenByDeviceCode: jest.Mock; acquireTokenSilent: jest.Mock };
let codes: DeviceCode[];
const onCode = (code: DeviceCode) => codes.push(code);

beforeEach(() => {
  jest.clearAllMocks();
  codes = [];
  client = {
    acquireTokenByDeviceCode: jest.fn(async (request: msalNode.DeviceCodeRequest) => {
      request.deviceCodeCallback({ message: INSTRUCTIONS, userCode: 'ABC123', deviceCode: 'd', verificationUri: 'https://microsoft.com/devicelogin', expiresIn: 900, interval: 5 });
      return { accessToken: `device:${request.scopes.join(' ')}`, account: ACCOUNT };
    }),
    acquireTokenSilent: jest.fn(async (request: msalNode.SilentFlowRequest) => ({ accessToken: `silent:${request.scopes.join(' ')}`, account: ACCOUNT })),
  };
  jest.mocked(msalNode.PublicClientApplication).mockImplementation((() => client) as never);
});

const signIn = () => createDeviceCodeSignIn({ clientId: 'client-id', authority: 'https://login.microsoftonline.com/tenant', onCode });

describe('device-code sign-in for the CLI', () => {
  it('hands over the code and where to enter it, not Entra’s English instructions, and returns the token', async () => {
    await expect(signIn().getToken()).resolves.toBe(`device:${SITE_SETUP_SCOPES.join(' ')}`);
    expect(codes).toEqual([{ userCode: 'ABC123', verificationUri: 'https://microsoft.com/devicelogin' }]);
    expect(msalNode.PublicClientApplication).toHaveBeenCalledWith({
      auth: { clientId: 'client-id', authority: 'https://login.microsoftonline.com/tenant' },
    });
  });

  it('asks for the site set-up permission by default, since it serves `lapp provision`', async () => {
    await signIn().getToken();
    expect(client.acquireTokenByDeviceCode).toHaveBeenCalledWith(expect.objectContaining({ scopes: ['https://graph.microsoft.com/Sites.Manage.All'] }));
  });

  it('signs in once, then gets further tokens silently', async () => {
    const auth = signIn();
    await auth.getToken();
    await expect(auth.getToken(['https://graph.microsoft.com/User.Read'])).resolves.toBe('silent:https://graph.microsoft.com/User.Read');
    expect(client.acquireTokenByDeviceCode).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ account: ACCOUNT, scopes: ['https://graph.microsoft.com/User.Read'] });
  });

  it('prompts again when Entra needs the person once more', async () => {
    const auth = signIn();
    await auth.getToken();
    client.acquireTokenSilent.mockRejectedValueOnce(new msalNode.InteractionRequiredAuthError('interaction_required', 'test'));
    await auth.getToken();
    expect(client.acquireTokenByDeviceCode).toHaveBeenCalledTimes(2);
  });

  it('turns a failed sign-in into a clear error with a code', async () => {
    client.acquireTokenByDeviceCode.mockRejectedValueOnce(new msalNode.ServerError('authorization_declined', 'test', 'AADSTS70000: declined'));
    const failure = await signIn().getToken().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SignInFailedError);
    expect(failure).toMatchObject({ code: 'AADSTS70000', message: expect.stringContaining('failed (AADSTS70000)') });
  });

  it('refuses an answer without a token rather than returning an empty one', async () => {
    client.acquireTokenByDeviceCode.mockResolvedValueOnce(null);
    await expect(signIn().getToken()).rejects.toMatchObject({ code: 'empty_access_token' });
  });
});
