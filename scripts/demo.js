#!/usr/bin/env node
'use strict';
// `npm run demo`: rebuilds the sample workbooks from the seeds, refreshes each one at a date
// that fits its document, and prints what was found. Uses the compiled command line.
const { join } = require('node:path');
const { mkdirSync } = require('node:fs');
const { buildSamples } = require('../dist/node/samples/build.js');
const { run } = require('../dist/node/cli/main.js');
const { DEMO_RUNS } = require('./demo-runs.js');

async function main() {
  const root = join(__dirname, '..');
  const samples = join(root, 'samples');
  const out = join(root, 'out');
  mkdirSync(out, { recursive: true });
  await buildSamples(samples);
  let worst = 0;
  for (const demo of DEMO_RUNS) {
    const input = join(samples, demo.file);
    const output = join(out, demo.file.replace(/\.xlsx$/, '.rag.xlsx'));
    process.stdout.write(`\n== ${demo.file} (as of ${demo.asOf}${demo.nextMeeting ? `, next meeting ${demo.nextMeetingName} on ${demo.nextMeeting}` : ''})\n`);
    const args = ['refresh', input, '-o', output, '--as-of', demo.asOf, '--json', output.replace(/\.xlsx$/, '.json')];
    if (demo.nextMeeting) args.push('--next-meeting', demo.nextMeeting, '--next-meeting-name', demo.nextMeetingName);
    const code = await run(args, { stdout: process.stdout, stderr: process.stderr }, process.stdin);
    worst = Math.max(worst, code);
  }
  process.exitCode = worst;
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
