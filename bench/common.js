'use strict';
// Shared by the benchmark parts: the compiled code in dist/node, the generated tracker as
// the in-memory Excel holds it, and the small statistics the parts report.
const { join } = require('node:path');
const { existsSync } = require('node:fs');
const { AS_OF, generateTracker } = require('./tracker.js');

const DIST = join(__dirname, '..', 'dist', 'node');

/** A module of the compiled build; says how to build it when it is missing. */
function dist(path) {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:cli\` first (npm run bench does).`);
  return require(file);
}

/** A fixed clock and no real waiting between cell-edit retries, as the adapter's tests use. */
const NOW = new Date('2022-11-03T09:00:00.000Z');

/**
 * The generated seed-004 tracker (bench/tracker.js) as the in-memory Excel holds it: every
 * cell a String with the General format, exactly what the host's ExcelJS bridge would load.
 */
function trackerModel(rows, seed = 4) {
  const { newSheet } = dist('host/memory/index.js');
  const grid = generateTracker(rows, seed);
  const sheet = newSheet(grid.name);
  grid.rows.forEach((line, r) => {
    const cells = [];
    line.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      cells[c] = { value: String(value), type: 'String', numberFormat: 'General', bold: r === 2 };
    });
    sheet.rows[r] = cells;
  });
  return { sheets: [sheet], date1904: false };
}

/** The add-in's refresh over a host, with the benchmark's as-of date and clock. */
function refreshOn(host, web) {
  const { refreshWorkbook } = dist('excel/refresh.js');
  const { runnerFor } = dist('host/memory/index.js');
  return refreshWorkbook(runnerFor(host), { asOf: AS_OF, web, supports: host.supports, now: () => NOW, sleep: async () => undefined });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (n, digits = 0) => Number(n).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Prints a part's result: JSON with --json, else its table. */
function emit(result, table) {
  process.stdout.write(`${process.argv.includes('--json') ? JSON.stringify(result) : table(result)}\n`);
}

module.exports = { AS_OF, NOW, dist, trackerModel, refreshOn, median, fmt, emit };
