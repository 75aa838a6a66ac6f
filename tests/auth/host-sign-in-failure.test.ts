/** @jest-environment jsdom */
import { waitFor } from '@testing-library/react';
import { loadAppConfig } from '../../src/app/load-app-config';
import { runHostSignInPage } from '../../src/auth/host-sign-in-page';
import { hostWindowTokens } from '../../src/auth/host-window';
import { signInFailure } from '../../src/auth/sign-in-errors';
import { translateFor } from '../../src/i18n/catalogues';
import { signInErrorText } from '../../src/i18n/sign-in-text';
import { returnToHost } from '../../src/teams/host-sign-in';

/**
 * Where Teams signs in through its own window, a refusal there reaches the tab only as the text
 * the window hands back: it carries Entra's number, so the tab says it in the reader's language
 * rather than "sign-in failed".
 */

jest.mock('../../src/app/load-app-config', () => ({ loadAppConfig: jest.fn() }));
jest.mock('../../src/auth/host-sign-in-page', () => ({ runHostSignInPage: jest.fn() }));
jest.mock('../../src/teams/host-sign-in', () => ({ returnToHost: jest.fn(async () => undefined) }));

it('hands the tab the Entra number, which the tab words in Welsh', async () => {
  jest.mocked(loadAppConfig).mockResolvedValue({ mode: 'tenant' } as never);
  jest.mocked(runHostSignInPage).mockRejectedValue(signInFailure({ errorCode: 'invalid_grant', errorMessage: 'AADSTS50105: The signed in user is not assigned to a role.' }));
  await import('../../src/app/host-sign-in-page');
  await waitFor(() => expect(returnToHost).toHaveBeenCalled());
  const [outcome] = jest.mocked(returnToHost).mock.calls[0]!;
  if (!('failure' in outcome)) throw new Error('The window handed back a token.');

  // Teams rejects the tab's authenticate() with the window's words.
  const tokens = hostWindowTokens(async () => Promise.reject(new Error(outcome.failure)), 'https://tab.example');
  const refusal = await tokens.signIn(['https://graph.microsoft.com/Sites.Selected']).catch((error: unknown) => error);
  const cy = translateFor('cy-GB');
  expect(signInErrorText(cy, refusal)).toEqual({ sentence: cy('signIn.notAssigned'), details: [] });
});
