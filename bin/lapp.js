#!/usr/bin/env node
// The `lapp` command: runs the TypeScript sources through tsx, so no build step is needed.
// Both tsx hooks are needed: require() for main.ts, and the ESM one for the commands main.ts
// loads with import(). The ESM API is imported, not required: its CommonJS build cannot register.
const path = require('node:path');
require('tsx/cjs');
import('tsx/esm/api')
  .then(({ register }) => {
    register();
    return require(path.join(__dirname, '..', 'src', 'cli', 'main.ts')).main(process.argv.slice(2));
  })
  .then((code) => {
    process.exitCode = code;
  });
