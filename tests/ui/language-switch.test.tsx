/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageSwitch } from '../../src/app/LanguageSwitch';
import { MessagesProvider } from '../../src/i18n';
import { useFullMessages } from '../../src/i18n/use-full-messages';

function Greeting() {
  const t = useFullMessages();
  return <h1>{t('myPlans.title')}</h1>;
}

function renderApp(locale: string, person: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider locale={locale} person={person}>
        <LanguageSwitch />
        <Greeting />
      </MessagesProvider>
    </FluentProvider>,
  );
}

beforeEach(() => localStorage.clear());

describe('when a person switches language', () => {
  it('shows the app in Welsh, marks the page as Welsh and offers English back', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('en-GB', 'ava');
    expect(screen.getByRole('heading')).toHaveTextContent('My plans');
    const cymraeg = screen.getByRole('button', { name: 'Cymraeg' });
    expect(cymraeg).toHaveAttribute('lang', 'cy');

    await user.click(cymraeg);

    expect(await screen.findByRole('heading', { name: 'Fy nghynlluniau' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('cy');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    unmount();
  });

  it('remembers the choice for that person only', async () => {
    const user = userEvent.setup();
    const first = renderApp('en-GB', 'ava');
    await user.click(screen.getByRole('button', { name: 'Cymraeg' }));
    await screen.findByRole('heading', { name: 'Fy nghynlluniau' });
    first.unmount();

    const again = renderApp('en-GB', 'ava');
    expect(await screen.findByRole('heading', { name: 'Fy nghynlluniau' })).toBeInTheDocument();
    again.unmount();

    renderApp('en-GB', 'priya');
    expect(screen.getByRole('heading')).toHaveTextContent('My plans');
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows a Welsh Teams locale when the person has not chosen', async () => {
    renderApp('cy-GB', 'rhys');
    expect(await screen.findByRole('heading', { name: 'Fy nghynlluniau' })).toBeInTheDocument();
  });
});
