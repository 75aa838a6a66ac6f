/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { createTranslate, MessagesProvider, useMessages, type Translate } from '../src/i18n';
import { enGB } from '../src/i18n/en-GB';
import { enGBCore } from '../src/i18n/en-GB-core';
import { useFullMessages } from '../src/i18n/use-full-messages';

/** A view loaded on demand: its own words and the first view's, through the full `t()`. */
function ImportView({ seen }: { seen: Translate[] }) {
  const t = useFullMessages();
  seen.push(t);
  return (
    <>
      <h1>{t('documents.import.title')}</h1>
      <p>{t('nav.home')}</p>
    </>
  );
}

/** The first view: only what en-GB-core.ts holds. */
function Home() {
  const t = useMessages();
  return <h2>{t('nav.home')}</h2>;
}

function renderIn(locale: string, seen: Translate[] = []) {
  return render(
    <MessagesProvider locale={locale} person={`reader-${locale}`}>
      <Home />
      <ImportView seen={seen} />
      <ImportView seen={seen} />
    </MessagesProvider>,
  );
}

beforeEach(() => localStorage.clear());

describe('English split between the first view and the views loaded on demand', () => {
  it('gives a view loaded on demand its own English and the first view’s', () => {
    renderIn('en-GB');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Import an existing LAPP', 'Import an existing LAPP']);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Home');
  });

  it('gives a Welsh reader Welsh in both, not the English that came with the view', async () => {
    renderIn('cy-GB');
    const titles = await screen.findAllByRole('heading', { level: 1 });
    expect(titles.map((h) => h.textContent)).toEqual(['Mewnforio CPALl sy’n bodoli', 'Mewnforio CPALl sy’n bodoli']);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Hafan');
  });

  it('shares one full t() between views, so their effects do not rerun for a new one', () => {
    const seen: Translate[] = [];
    renderIn('en-GB', seen);
    expect(new Set(seen).size).toBe(1);
  });

  it('keeps the first view’s English word for word in the full catalogue', () => {
    const core = Object.entries(enGBCore);
    expect(core.filter(([key, text]) => enGB[key as keyof typeof enGB] !== text)).toEqual([]);
    expect(core.length).toBeLessThan(Object.keys(enGB).length / 2);
  });

  // The refusal is the compiler's (`npm run typecheck` fails if the line below compiles).
  it('lets the first view’s t() ask only for what the first download carries', () => {
    const t = createTranslate(enGBCore, 'en-GB');
    const notCarried = (): string =>
      // @ts-expect-error the first view's t() knows only en-GB-core.ts; the import's words come with its view
      t('documents.import.title');
    expect(t('nav.home')).toBe('Home');
    expect(notCarried).toThrow();
  });
});
