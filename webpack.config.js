/**
 * Builds the tab: the app's entry plus the sign-in pop-up's tiny redirect page, TypeScript through SWC, hashed bundles in dist/ with the vendor code
 * split out so that a change to our code does not bust the React/Fluent cache. Each package is bundled once, however many copies
 * npm left (see OneCopyPerVersion), and teams-js gets a chunk of its own name so its weight can be checked.
 * Source maps are written only in development and never point anywhere but at local files.
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const modulesDir = path.resolve(__dirname, 'node_modules');

/** The packages in a node_modules folder: `name` and `@scope/name`. */
function packagesIn(dir) {
  return fs
    .readdirSync(dir)
    .filter((entry) => !entry.startsWith('.'))
    .flatMap((entry) => (entry.startsWith('@') ? fs.readdirSync(path.join(dir, entry)).map((name) => `${entry}/${name}`) : [entry]));
}

/**
 * Where each nested copy of a package should be read from instead: npm may leave several copies
 * of one version side by side (seven of @fluentui/react-portal 9.8.17, one under each Fluent
 * package that uses it), and webpack would bundle every one. Copies at one version all map to the
 * one that sorts first; copies at another version are left alone.
 */
function sameVersionCopies() {
  const copies = new Map();
  const add = (name, dir) => {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) return;
    const key = `${name}@${JSON.parse(fs.readFileSync(manifest, 'utf8')).version}`;
    copies.set(key, [...(copies.get(key) ?? []), dir]);
  };
  for (const name of packagesIn(modulesDir)) {
    add(name, path.join(modulesDir, name));
    const nested = path.join(modulesDir, name, 'node_modules');
    if (fs.existsSync(nested)) for (const inner of packagesIn(nested)) add(inner, path.join(nested, inner));
  }
  const redirect = new Map();
  for (const dirs of copies.values()) {
    const [kept, ...others] = dirs.sort();
    for (const dir of others) redirect.set(dir, kept);
  }
  return redirect;
}

/** Resolves every file of a redundant copy (see sameVersionCopies) to the same file of the kept one. */
class OneCopyPerVersion {
  apply(compiler) {
    const redirect = sameVersionCopies();
    compiler.hooks.normalModuleFactory.tap('OneCopyPerVersion', (factory) => {
      factory.hooks.afterResolve.tap('OneCopyPerVersion', ({ createData }) => {
        const root = createData.resourceResolveData?.descriptionFileRoot;
        const kept = root && redirect.get(root);
        if (!kept) return;
        for (const field of ['resource', 'request', 'userRequest']) {
          if (typeof createData[field] === 'string') createData[field] = createData[field].split(root).join(kept);
        }
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: { main: './src/app/main.tsx', authRedirect: './src/auth/redirect-bridge.ts', hostSignIn: './src/app/host-sign-in-page.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:10].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:10].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
      alias: {
        // React DOM 18 brings its own scheduler; Fluent's context selector only asks a scheduler for
        // a priority (any since 0.19, its peer range), so it shares React's instead of bundling a second.
        scheduler$: path.dirname(require.resolve('scheduler/package.json', { paths: [path.dirname(require.resolve('react-dom/package.json'))] })),
      },
    },
    module: {
      rules: [
        // Each icon from its own module, so that an icon only a lazy view shows loads with that view.
        { test: /\.tsx?$/, exclude: /node_modules/, enforce: 'pre', use: path.resolve(__dirname, 'scripts/webpack/atomic-icon-imports.js') },
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      new OneCopyPerVersion(),
      new HtmlWebpackPlugin({
        template: './src/app/index.html',
        scriptLoading: 'defer',
        chunks: ['main'],
      }),
      // MSAL 5 hands the pop-up's answer back through this page (registered as the SPA redirect URI).
      new HtmlWebpackPlugin({ filename: 'auth-redirect.html', chunks: ['authRedirect'], scriptLoading: 'defer' }),
      // Teams' own sign-in window, for clients without nested app authentication (src/auth/host-window.ts).
      new HtmlWebpackPlugin({ filename: 'auth-host.html', chunks: ['hostSignIn'], scriptLoading: 'defer' }),
    ],
    optimization: {
      splitChunks: {
        // The redirect page stays on its own: it must not pull in (or drag MSAL into) the app's vendor chunk.
        chunks: (chunk) => chunk.name !== 'authRedirect',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: (chunk) => chunk.name === 'main', priority: -10 },
          // Inside Teams the tab loads the SDK at once: one file by a known name (with src/teams/teams-sdk.ts,
          // the one module that imports it), which the budget test weighs too.
          teamsJs: {
            test: /[\\/](node_modules[\\/]@microsoft[\\/]teams-js[\\/]|src[\\/]teams[\\/]teams-sdk\.ts$)/,
            name: 'teams-js',
            chunks: 'async',
            enforce: true,
          },
        },
      },
      runtimeChunk: 'single',
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    // The JS budget is checked by a test, not by webpack's warnings.
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
