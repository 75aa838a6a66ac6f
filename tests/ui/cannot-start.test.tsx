/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { ConfiguredApp } from '../../src/app/ConfiguredApp';
import { MessagesProvider } from '../../src/i18n';
import './support/dom-shims';

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
