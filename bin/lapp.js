#!/usr/bin/env node
// The `lapp` command: runs the TypeScript sources through tsx, so no build step is needed.
const path = require('node:path');
require('tsx/cjs');
require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
