/**
 * End-to-end tests: headless Debian Chromium against the built app (`npm run build` first) and
 * the dev server with its SharePoint stand-in, started once for the whole run by global-setup.ts.
 * One worker: the specs share that server and its data.
 */
const base = require('../../jest.config.js');

module.exports = {
  rootDir: '../..',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  testEnvironment: 'node',
  maxWorkers: 1,
  testSequencer: '<rootDir>/tests/e2e/sequencer.js',
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
  testTimeout: 180_000,
};
