#!/usr/bin/env node
'use strict';
// The command line is compiled by `npm run build:cli` (run by `npm ci` through `prepare`).
const { run } = require('../dist/node/cli/main.js');
const { closeQuietlyOnEpipe } = require('../dist/node/cli/pipe.js');

// `rag-tracker status < phrases.txt | head` closes the pipe early: stop as other Unix tools do.
closeQuietlyOnEpipe(process.stdout, () => process.exit(0));

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }, process.stdin).then((code) => {
  process.exitCode = code;
});
