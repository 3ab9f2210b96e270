#!/usr/bin/env node
'use strict';
// Two builds of the engine side by side in one process, on the same generated sheet, run
// alternately: what a change costs, with the host's drift falling on both alike. Not part of
// `npm run bench`; BENCHMARKS.md quotes it for the cost of a session's rules.
//
//   npm run build:cli            # here, and in the other checkout (a git worktree of an older commit)
//   node bench/engine-ab.js ../other-checkout [--rows 100000] [--runs 9]
//
// Prints the medians of each (cold: fresh caches, as a refresh; warm: caches that know every
// text) and the median of the per-run ratios this / other.
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');
const { median } = require('./common.js');
const { AS_OF, generateTracker } = require('./tracker.js');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

function load(root, grid) {
  const core = (p) => require(path.join(root, 'dist', 'node', 'core', p));
  const { analyseSheet } = core('analyse/sheet.js');
  const { createParsers } = core('analyse/parsers.js');
  const settings = core('settings.js').defaultSettings(AS_OF);
  const warm = createParsers(settings);
  analyseSheet(grid, settings, warm);
  return { cold: () => analyseSheet(grid, settings, createParsers(settings)), warm: () => analyseSheet(grid, settings, warm) };
}

function ms(fn) {
  gc();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function main(args) {
  const other = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (other === undefined) throw new Error('usage: node bench/engine-ab.js <other checkout> [--rows N] [--runs N]');
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const rows = option('--rows', 100_000);
  const runs = option('--runs', 9);
  const grid = generateTracker(rows);
  const builds = { this: load(path.join(__dirname, '..'), grid), other: load(path.resolve(other), grid) };
  for (let i = 0; i < 2; i++) for (const b of Object.values(builds)) b.cold();
  const times = { this: { cold: [], warm: [] }, other: { cold: [], warm: [] } };
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always follows the other's garbage.
    const order = i % 2 === 0 ? ['other', 'this'] : ['this', 'other'];
    for (const name of order) for (const kind of ['cold', 'warm']) times[name][kind].push(ms(builds[name][kind]));
  }
  const ratio = (kind) => median(times.this[kind].map((t, i) => t / times.other[kind][i])).toFixed(2);
  const line = (name) => `  ${name.padEnd(6)} cold ${median(times[name].cold).toFixed(0).padStart(5)} ms   warm ${median(times[name].warm).toFixed(0).padStart(5)} ms`;
  process.stdout.write(`${[`Engine, this build and ${other}, ${rows.toLocaleString('en-GB')} rows, medians of ${runs} alternating runs`, line('other'), line('this'), `  this / other: cold ${ratio('cold')}×, warm ${ratio('warm')}×`].join('\n')}\n`);
}

main(process.argv.slice(2));
