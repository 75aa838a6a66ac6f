// The boundaries of the code, enforced: bulletproof-react's zones (features apart, layers pointing
// inward, one way into a feature), each third-party SDK in one folder, and no import cycles.
// scripts/ is held to the cycle and SDK rules; the zones are about src/.
const fs = require('node:fs');
const path = require('node:path');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');

const src = path.join(__dirname, 'src');
const features = fs
  .readdirSync(path.join(src, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Code that runs in the browser: everything under src/ but the Node-only server, service and CLI. */
const browser = ['agenda', 'app', 'auth', 'components', 'config', 'documents', 'features', 'i18n', 'lib', 'plan', 'storage', 'teams'].map((dir) => `./src/${dir}`);

const zones = [
  // The model is the centre: it imports nothing of ours outside itself.
  { target: './src/plan', from: './src', except: ['./plan'], message: 'plan/ is the pure model: it imports nothing else of ours.' },
  { target: './src/agenda', from: './src', except: ['./agenda', './plan'], message: 'agenda/ is pure: it imports only plan/.' },
  { target: './src/storage', from: './src', except: ['./storage', './plan'], message: 'storage/ imports only plan/.' },
  // Features never import each other; what two features share lives in components/ or lib/.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other.',
  })),
  // A feature's index.ts is its only way in.
  {
    target: path.join(src, '!(features)/**/*'),
    from: path.join(src, 'features/*/**'),
    except: [path.join(src, 'features/*/index.ts')],
    message: "Import a feature through its index.ts.",
  },
  // Features reach storage through its ports, never an adapter.
  {
    target: './src/features',
    from: './src/storage',
    except: ['./port.ts', './errors.ts', './all-plans.ts', './document-library.ts', './site-setup.ts'],
    message: 'Features reach storage through its ports (port.ts, document-library.ts, site-setup.ts), not an adapter.',
  },
  // Shared code and the core never reach up into features or the app shell.
  {
    target: ['./src/agenda', './src/auth', './src/components', './src/config', './src/documents', './src/i18n', './src/lib', './src/plan', './src/storage', './src/teams'],
    from: ['./src/features', './src/app'],
    message: 'Shared code never imports features or the app shell.',
  },
  { target: './src/features', from: './src/app', message: 'Features never import the app shell.' },
  // The stand-in imitates SharePoint (and local-entra, Entra): it borrows no app code, so a bug in
  // the app's mapping cannot hide in both. The sample site is loaded into it from outside.
  {
    target: './src/server/stand-in',
    from: './src',
    except: ['./server/stand-in', './server/local-entra', './server/http-edge'],
    message: 'The stand-in imitates SharePoint: it imports nothing of the app (seed it through site-content.ts).',
  },
  // Node-only code is never bundled into the tab.
  { target: browser, from: ['./src/server', './src/service', './src/cli'], message: 'Browser code never imports server/, service/ or cli/.' },
];

const sdkImports = {
  teams: { group: ['@microsoft/teams-js', '@microsoft/teams-js/*'], message: '@microsoft/teams-js is imported only in src/teams/.' },
  msal: { group: ['@azure/msal-*'], message: 'MSAL is imported only in src/auth/.' },
};
const restrictSdks = (...sdks) => ['error', { patterns: sdks.map((sdk) => sdkImports[sdk]) }];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**'] },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(__dirname, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: __dirname, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': restrictSdks('teams', 'msal'),
    },
  },
  { files: ['src/teams/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrictSdks('msal') } },
  { files: ['src/auth/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrictSdks('teams') } },
);
