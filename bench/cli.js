#!/usr/bin/env node
'use strict';
// Command-line benchmark (SPEC 10): `rag-tracker refresh` on a 50,000-row workbook against
// ExcelJS alone reading and writing the same file (bench/exceljs-only.js). Each run is a
// fresh `node` process (both sides pay the same start-up), the two run alternately so any
// drift in the machine falls on both, and the figure is the ratio of the medians.
//
//   npm run build:cli && node bench/cli.js [--json] [--rows 50000] [--runs 3]
const ExcelJS = require('exceljs');
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { AS_OF, generateTracker } = require('./tracker.js');
const { median, fmt, emit } = require('./common.js');

const ROOT = join(__dirname, '..');

async function writeTracker(rows, file) {
  const grid = generateTracker(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  for (const line of grid.rows) ws.addRow(line.map((v) => (v === null ? undefined : v)));
  ws.getRow(3).font = { bold: true };
  await wb.xlsx.writeFile(file);
}

function timed(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return seconds;
}

async function runCliBench(rows = 50_000, runs = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'rag-bench-cli-'));
  try {
    const input = join(dir, 'tracker.xlsx');
    await writeTracker(rows, input);
    const rag = ['bin/rag-tracker.js', 'refresh', input, '-o', join(dir, 'rag.xlsx'), '--as-of', AS_OF];
    const plain = ['bench/exceljs-only.js', input, join(dir, 'plain.xlsx')];
    const ragTimes = [];
    const plainTimes = [];
    // Alternate, and swap who goes first each round, so neither side always runs on a warm disk cache.
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        plainTimes.push(timed(plain));
        ragTimes.push(timed(rag));
      } else {
        ragTimes.push(timed(rag));
        plainTimes.push(timed(plain));
      }
    }
    const ragTrackerSeconds = median(ragTimes);
    const excelJsSeconds = median(plainTimes);
    return { cli: { rows, ragTrackerSeconds: round(ragTrackerSeconds, 3), excelJsSeconds: round(excelJsSeconds, 3), ratio: round(ragTrackerSeconds / excelJsSeconds, 3) }, runs: { ragTracker: ragTimes, excelJs: plainTimes } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;

function table({ cli, runs }) {
  return [
    `Command line: refresh of ${fmt(cli.rows)} rows vs ExcelJS alone reading and writing the file (median of ${runs.ragTracker.length} runs each, alternating)`,
    '',
    `  rag-tracker refresh   ${fmt(cli.ragTrackerSeconds, 2)} s   (runs: ${runs.ragTracker.map((s) => fmt(s, 2)).join(', ')})`,
    `  ExcelJS read + write  ${fmt(cli.excelJsSeconds, 2)} s   (runs: ${runs.excelJs.map((s) => fmt(s, 2)).join(', ')})`,
    `  ratio                 ${fmt(cli.ratio, 2)}×`,
  ].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  runCliBench(flag('--rows', 50_000), flag('--runs', 3)).then((r) => emit(r, table), (error) => {
    process.stderr.write(`bench cli: ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}

module.exports = { runCliBench, table, writeTracker };
