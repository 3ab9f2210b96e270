#!/usr/bin/env node
'use strict';
// Two builds of the command line side by side, with ExcelJS alone beside them, on the same
// generated workbook, run alternately (the order reversed every other round): what a change
// costs the command line's ratio (SPEC 10: refresh within 1.3× ExcelJS alone), with the host's
// drift falling on all three alike. Not part of `npm run bench`; BENCHMARKS.md quotes it.
//
//   npm run build:cli            # here, and in the other checkout (a git worktree of an older commit)
//   node bench/cli-ab.js ../other-checkout [--rows 50000] [--runs 4]
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { AS_OF, median } = require('./common.js');
const { writeTracker } = require('./cli.js');

function timed(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(args) {
  const other = args[0];
  if (other === undefined || other.startsWith('--')) throw new Error('usage: node bench/cli-ab.js ../other-checkout [--rows 50000] [--runs 4]');
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const rows = option('--rows', 50_000);
  const runs = option('--runs', 4);
  const dir = mkdtempSync(path.join(tmpdir(), 'rag-bench-cli-ab-'));
  try {
    const input = path.join(dir, 'tracker.xlsx');
    await writeTracker(rows, input);
    const refresh = (root, out) => [path.join(root, 'bin', 'rag-tracker.js'), 'refresh', input, '-o', path.join(dir, out), '--as-of', AS_OF];
    const sides = { this: refresh(path.join(__dirname, '..'), 'this.xlsx'), other: refresh(path.resolve(other), 'other.xlsx'), exceljs: [path.join(__dirname, 'exceljs-only.js'), input, path.join(dir, 'plain.xlsx')] };
    const times = { this: [], other: [], exceljs: [] };
    const order = Object.keys(sides);
    for (let i = 0; i < runs; i++) for (const side of i % 2 === 0 ? order : [...order].reverse()) times[side].push(timed(sides[side]));
    const m = Object.fromEntries(order.map((side) => [side, median(times[side])]));
    const lines = [`Command line, this build and ${other}, with ExcelJS alone, ${rows.toLocaleString('en-GB')} rows, medians of ${runs} alternating runs`];
    for (const side of order) lines.push(`  ${side.padEnd(8)} ${m[side].toFixed(2)} s   (runs: ${times[side].map((s) => s.toFixed(2)).join(', ')})`);
    lines.push(`  this / other ${(m.this / m.other).toFixed(2)}×; this / ExcelJS ${(m.this / m.exceljs).toFixed(2)}×; other / ExcelJS ${(m.other / m.exceljs).toFixed(2)}×`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
