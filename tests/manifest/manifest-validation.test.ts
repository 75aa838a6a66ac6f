import { validateAppPackage } from '../../scripts/app-package/build-package';
import { isInValidDomains } from '../../scripts/app-package/store-rules';
import { decodePng, ourIcons, ourManifest, solidPng } from './helpers';
import { PNG } from 'pngjs';

type Json = Record<string, any>;

function problemsWith(change: (manifest: Json) => void): string[] {
  const manifest = ourManifest() as Json;
  change(manifest);
  return validateAppPackage(manifest, ourIcons());
}

describe('our app package', () => {
  it('passes the official schema, the store rules and the icon checks', () => {
    expect(validateAppPackage(ourManifest(), ourIcons())).toEqual([]);
  });

  it('is checked without going to the network', () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network is off'));
    try {
      expect(validateAppPackage(ourManifest(), ourIcons())).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('a broken manifest is refused', () => {
  it('reports a missing required field', () => {
    const problems = problemsWith((m) => delete m.developer);
    expect(problems).toEqual([expect.stringMatching(/^schema: .*required property 'developer'/)]);
  });

  it('reports an app id that is not a GUID', () => {
    const problems = problemsWith((m) => (m.id = 'lapp-for-teams'));
    expect(problems).toContain('id must be a GUID (got "lapp-for-teams").');
  });

  it('reports a sign-in client id that is not a GUID', () => {
    const problems = problemsWith((m) => (m.webApplicationInfo.id = 'not-a-guid'));
    expect(problems).toContainEqual(expect.stringMatching(/^webApplicationInfo\.id must be the Entra application/));
  });

  it('reports a tab address whose host is not in validDomains', () => {
    const problems = problemsWith((m) => (m.staticTabs[0].contentUrl = 'https://elsewhere.example/?surface=personal'));
    expect(problems).toEqual([
      '/staticTabs/0/contentUrl is on elsewhere.example, which is not in validDomains (lapp.contoso.example).',
    ]);
  });

  it('reports a tab served over plain http', () => {
    const problems = problemsWith((m) => (m.configurableTabs[0].configurationUrl = 'http://lapp.contoso.example/?surface=config'));
    expect(problems).toContain('/configurableTabs/0/configurationUrl must use https: http://lapp.contoso.example/?surface=config');
  });

  it('reports a nested-app-auth redirect that is not the tab domain', () => {
    const problems = problemsWith((m) => (m.webApplicationInfo.nestedAppAuthInfo[0].redirectUri = 'https://lapp.contoso.example'));
    expect(problems).toContainEqual(expect.stringContaining('redirectUri must be brk-multihub://'));
  });

  it('reports a short name over 30 characters and a short description over 80', () => {
    const problems = problemsWith((m) => {
      m.name.short = 'Local Authority Partnership Plan';
      m.description.short = 'x'.repeat(81);
    });
    expect(problems).toContain('name.short is 32 characters; Teams allows at most 30.');
    expect(problems).toContain('description.short is 81 characters; Teams allows at most 80.');
  });

  it('reports a version that is not MAJOR.MINOR.PATCH', () => {
    const problems = problemsWith((m) => (m.version = '1.0'));
    expect(problems).toContain('version must be a semantic version such as 1.0.0 (got "1.0").');
  });

  it('reports a $schema for another version than manifestVersion', () => {
    const problems = problemsWith((m) => (m.$schema = m.$schema.replace(/v1\.\d+/, 'v1.17')));
    expect(problems).toContainEqual(expect.stringContaining('$schema points at a different version'));
  });

  it.each(['1.30', '1.28', '1.18', 'devPreview'])('refuses manifest version %s, which the reference does not list as generally available', (version) => {
    const problems = problemsWith((m) => {
      m.manifestVersion = version;
      m.$schema = m.$schema.replace(/v1\.\d+/, `v${version}`);
    });
    expect(problems).toContainEqual(
      expect.stringContaining(`manifestVersion "${version}" is not a generally available version in Microsoft's manifest reference`),
    );
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const problems = problemsWith((m) => {
      m.id = 'bad';
      m.version = 'one';
      delete m.accentColor;
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('broken icons are refused', () => {
  it('reports a colour icon of the wrong size', () => {
    const icons = { ...ourIcons(), color: solidPng(100, 100, [16, 110, 115, 255]) };
    expect(validateAppPackage(ourManifest(), icons)).toEqual([
      'color.png is 100×100 pixels; it must be exactly 192×192.',
    ]);
  });

  it('reports an outline icon of the wrong size', () => {
    const icons = { ...ourIcons(), outline: solidPng(48, 48, [255, 255, 255, 0]) };
    const problems = validateAppPackage(ourManifest(), icons);
    expect(problems).toContain('outline.png is 48×48 pixels; it must be exactly 32×32.');
  });

  it('reports an outline icon with a coloured pixel, naming where it is', () => {
    const outline = decodePng(ourIcons().outline);
    outline.data.set([200, 30, 30, 255], (5 * 32 + 7) * 4);
    const icons = { ...ourIcons(), outline: PNG.sync.write(outline) };
    const problems = validateAppPackage(ourManifest(), icons);
    expect(problems).toEqual([expect.stringContaining('not white, e.g. (7, 5) is rgb(200, 30, 30)')]);
  });

  it('reports an outline icon with no transparent background', () => {
    const icons = { ...ourIcons(), outline: solidPng(32, 32, [255, 255, 255, 255]) };
    const problems = validateAppPackage(ourManifest(), icons);
    expect(problems).toEqual(['outline.png must have a transparent background; every pixel is opaque.']);
  });

  it('reports a file that is not a PNG', () => {
    const icons = { ...ourIcons(), color: Buffer.from('GIF89a') };
    const problems = validateAppPackage(ourManifest(), icons);
    expect(problems).toEqual([expect.stringMatching(/^color\.png is not a readable PNG/)]);
  });
});

describe('valid domains', () => {
  it.each([
    ['lapp.contoso.example', ['lapp.contoso.example'], true],
    ['LAPP.Contoso.example', ['lapp.contoso.example'], true],
    ['localhost:53000', ['localhost:53000'], true],
    ['localhost:53001', ['localhost:53000'], false],
    ['lapp.contoso.example:8443', ['lapp.contoso.example'], false],
    ['tabs.contoso.example', ['*.contoso.example'], true],
    ['contoso.example.evil.test', ['*.contoso.example'], false],
    ['notcontoso.example', ['contoso.example'], false],
  ])('%s against %j is %s', (host, domains, expected) => {
    expect(isInValidDomains(host, domains)).toBe(expected);
  });
});
