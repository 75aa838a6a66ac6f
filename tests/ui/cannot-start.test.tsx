/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { ConfiguredApp } from '../../src/app/ConfiguredApp';
import { MessagesProvider } from '../../src/i18n';
import { SignInRequiredError } from '../../src/auth/sign-in-errors';
import type { AppConfig } from '../../src/config/app-config';
import './support/dom-shims';

/** MSAL stays out: the tenant's sign-in fails as src/auth reports a blocked pop-up. */
jest.mock('../../src/auth', () => ({
  ...jest.requireActual('../../src/auth/scopes'),
  createTokenProvider: async () => Promise.reject(new (jest.requireActual('../../src/auth/sign-in-errors').SignInRequiredError)('popup-blocked')),
}));

/**
 * When the app cannot start, the reason (the configuration's, sign-in's or storage's, in English)
 * comes after a sentence in the reader's language and is marked as English.
 */
const REASON = "The app's configuration could not be read (HTTP 500).";

function startWithoutConfig(locale: string) {
  globalThis.fetch = jest.fn(async () => ({ ok: false, status: 500, json: async () => ({}) }) as Response);
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <MessagesProvider locale={locale}>
        <ConfiguredApp />
      </MessagesProvider>
    </FluentProvider>,
  );
}

it.each([
  ['an English reader', 'en-GB', 'The app cannot start', 'Reload the page to try again; if it keeps happening, tell your administrator what follows.'],
  ['a Welsh reader', 'cy-GB', 'Ni all yr ap ddechrau', 'Ail-lwythwch y dudalen i roi cynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich gweinyddwr beth sy’n dilyn.'],
])('tells %s why the app cannot start in their language, the reason marked as English', async (_, locale, title, sentence) => {
  startWithoutConfig(locale);
  // The Welsh catalogue loads on demand: the title in the reader's language comes when it has.
  expect(await screen.findByText(title)).toBeInTheDocument();
  const reason = screen.getByText(REASON);
  expect(reason).toHaveAttribute('lang', 'en');
  expect(reason.parentElement).toHaveTextContent(`${title}${sentence} ${REASON}`);
});

it('tells a Welsh reader why sign-in did not finish in Welsh, from the catalogue', async () => {
  const config: AppConfig = {
    mode: 'tenant',
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    siteId: 'contoso.sharepoint.com,site-1,web-1',
    clientId: '00000000-0000-4000-8000-000000000001',
    authority: 'https://login.microsoftonline.com/organizations',
  };
  globalThis.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => config }) as Response);
  const { container } = render(
    <FluentProvider theme={teamsLightTheme}>
      <MessagesProvider locale="cy-GB">
        <ConfiguredApp />
      </MessagesProvider>
    </FluentProvider>,
  );
  expect(await screen.findByText('Ni all yr ap ddechrau')).toBeInTheDocument();
  expect(await screen.findByText(/^Mae angen ffenestr naid i fewngofnodi/)).toBeInTheDocument();
  // src/auth's English sentence is for the host and the CLI, not shown.
  expect(container.textContent).not.toContain(new SignInRequiredError('popup-blocked').message);
});
