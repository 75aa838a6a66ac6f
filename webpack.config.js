/**
 * Builds the tab: the app's entry plus the sign-in pop-up's tiny redirect page, TypeScript through SWC, hashed bundles in dist/ with the vendor code
 * split out so that a change to our code does not bust the React/Fluent cache.
 * Source maps are written only in development and never point anywhere but at local files.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: { main: './src/app/main.tsx', authRedirect: './src/auth/redirect-bridge.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:10].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:10].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
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
      new HtmlWebpackPlugin({
        template: './src/app/index.html',
        scriptLoading: 'defer',
        chunks: ['main'],
      }),
      // MSAL 5 hands the pop-up's answer back through this page (registered as the SPA redirect URI).
      new HtmlWebpackPlugin({ filename: 'auth-redirect.html', chunks: ['authRedirect'], scriptLoading: 'defer' }),
    ],
    optimization: {
      splitChunks: {
        // The redirect page stays on its own: it must not pull in (or drag MSAL into) the app's vendor chunk.
        chunks: (chunk) => chunk.name !== 'authRedirect',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: (chunk) => chunk.name === 'main', priority: -10 },
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
