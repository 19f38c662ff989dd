#!/usr/bin/env node
'use strict';
// The poc-studio CLI (bundled into dist/cli.js by `npm run build`).
const { main } = require('../dist/cli.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`poc-studio: internal error: ${(e && e.stack) || e}\n`);
    process.exitCode = 2;
  },
);
