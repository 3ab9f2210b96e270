#!/usr/bin/env node
'use strict';
// Engine benchmark (SPEC 10, issue 6 part 1): detection + parsing + rating + roll-up, i.e.
// analyseWorkbook over generated trackers of 10k, 100k and 1M action rows, as the median
// rows per second over several runs; and, in the same run, chrono-node's en-GB parse rate
// on the same time-frame phrases, the library a developer would otherwise reach for.
//
//   npm run build:cli && node bench/engine.js [--json] [--sizes 10000,100000]
//
// Runs over the compiled engine in dist/node (plain Node: no TypeScript loader needed).
const { join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');
const { median } = require('./common.js');
const { AS_OF, generateTracker, timeFramePhrases } = require('./tracker.js');

const dist = join(__dirname, '..', 'dist', 'node', 'core');
const { analyseWorkbook } = require(join(dist, 'analyse', 'workbook.js'));
const { defaultSettings } = require(join(dist, 'settings.js'));

const SIZES = [10_000, 100_000, 1_000_000];
/** Fewer runs for the big sheets keeps the whole benchmark near a minute. */
const RUNS = { 10000: 9, 100000: 5, 1000000: 3 };
const CHRONO_PHRASES = 20_000;
/** The size the lookup floor is measured at, beside the engine: the one the targets name. */
const FLOOR_ROWS = 100_000;

// A full collection between runs stops one run's garbage being billed to the next. The flag
// can be set at run time, so `node bench/engine.js` needs no --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

function seconds(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result };
}

/** The columns the engine reads each action's texts from through its caches: action, lead, next steps, time frame, status. */
const CACHED_COLUMNS = [1, 2, 3, 4, 5];

/**
 * The least any engine that reads each distinct text once can cost per row: look up each of
 * the row's texts in a Map (a fresh string per cell, as Excel and ExcelJS hand them over, so
 * each is hashed and compared), and make one object with an Action's 18 fields per action,
 * which the report keeps. No splitting, parsing, rating, steps or roll-up. Returns the objects made.
 */
function lookupFloor(grid) {
  const caches = CACHED_COLUMNS.map(() => new Map());
  const out = [];
  // Rows 1-3 are the title, a blank row and the header; a row without a ref carries on the action above.
  for (let r = 3; r < grid.rows.length; r++) {
    const line = grid.rows[r];
    let seen = 0;
    for (let c = 0; c < CACHED_COLUMNS.length; c++) {
      const value = line[CACHED_COLUMNS[c]];
      if (typeof value !== 'string') continue;
      const cache = caches[c];
      let hit = cache.get(value);
      if (hit === undefined) cache.set(value, (hit = { seen }));
      seen += hit.seen;
    }
    if (line[0] === null) continue;
    out.push({ row: r + 1, rows: [r + 1], ref: line[0], action: line[1], lead: line[2], objective: null, ambition: null, strategy: null,
      status: 'unknown', rating: 'not_rated', focus: 'next_step', reason: '', nextDue: null, trend: null, confidence: null, progress: null, steps: [], seen });
  }
  return out;
}

/**
 * Median rows per second of analyseWorkbook on a generated tracker of `rows` actions and, when
 * `withFloor`, of {@link lookupFloor} on the same sheet, the two run alternately so a noisy
 * host slows both alike.
 */
function engineRate(rows, runs, withFloor = false) {
  const grid = generateTracker(rows);
  const settings = defaultSettings(AS_OF);
  const rates = [];
  const floors = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const { seconds: s, result } = seconds(() => analyseWorkbook([grid], settings));
    const found = result.trackers[0]?.actions.length ?? 0;
    if (found !== rows) throw new Error(`expected ${rows} actions, the engine found ${found}`);
    rates.push(rows / s);
    if (!withFloor) continue;
    gc();
    const floor = seconds(() => lookupFloor(grid));
    if (floor.result.length !== rows) throw new Error(`expected ${rows} rows, the floor read ${floor.result.length}`);
    floors.push(rows / floor.seconds);
  }
  return { rate: median(rates), floor: withFloor ? median(floors) : null };
}

/** Median phrases per second of chrono-node's en-GB parser on the trackers' time frames. */
function chronoRate(runs) {
  const chrono = require('chrono-node');
  const phrases = timeFramePhrases(generateTracker(CHRONO_PHRASES), CHRONO_PHRASES);
  const ref = new Date(Date.UTC(2022, 10, 3));
  const parse = () => {
    let found = 0;
    for (const phrase of phrases) found += chrono.en.GB.parse(phrase, ref).length;
    return found;
  };
  parse();
  const rates = [];
  for (let i = 0; i < runs; i++) {
    gc();
    rates.push(phrases.length / seconds(parse).seconds);
  }
  return median(rates);
}

/**
 * Runs the engine benchmark and returns `{ engine: { rowsPerSecond, chronoPhrasesPerSecond },
 * lookupFloor: { rows, rowsPerSecond, engineShare } }`, the floor only when its size is run.
 */
function runEngineBench(sizes = SIZES) {
  // Warm-up: let the JIT compile the hot paths before anything is timed.
  for (let i = 0; i < 3; i++) analyseWorkbook([generateTracker(10_000, 99)], defaultSettings(AS_OF));
  for (let i = 0; i < 3; i++) lookupFloor(generateTracker(10_000, 99));
  const rowsPerSecond = {};
  let floor = null;
  for (const rows of sizes) {
    const measured = engineRate(rows, RUNS[rows] ?? 3, rows === FLOOR_ROWS);
    rowsPerSecond[rows] = Math.round(measured.rate);
    if (measured.floor !== null) floor = { rows, rowsPerSecond: Math.round(measured.floor), engineShare: round2(measured.rate / measured.floor) };
  }
  // The floor sits beside `engine`, not in it, so `engine` keeps the shape issue 6 documents.
  return { engine: { rowsPerSecond, chronoPhrasesPerSecond: Math.round(chronoRate(5)) }, ...(floor === null ? {} : { lookupFloor: floor }) };
}

const round2 = (n) => Math.round(n * 100) / 100;

function table(result) {
  const fmt = (n) => n.toLocaleString('en-GB');
  const lines = ['Engine (detection + parsing + rating + roll-up), median of several runs', ''];
  lines.push('  rows        rows/s');
  for (const [rows, rate] of Object.entries(result.engine.rowsPerSecond)) lines.push(`  ${fmt(Number(rows)).padEnd(10)}  ${fmt(rate).padStart(10)}`);
  lines.push('', `  chrono-node en-GB, same time-frame phrases: ${fmt(result.engine.chronoPhrasesPerSecond)} phrases/s`);
  const floor = result.lookupFloor;
  if (floor !== undefined) {
    lines.push(`  lookup floor at ${fmt(floor.rows)} rows (each row's texts looked up in a Map, one object made): ${fmt(floor.rowsPerSecond)} rows/s;`);
    lines.push(`  the engine runs at ${Math.round(floor.engineShare * 100)}% of it, alternating runs`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sizes');
  const sizes = at >= 0 ? String(args[at + 1]).split(',').map(Number) : SIZES;
  const result = runEngineBench(sizes);
  process.stdout.write(`${args.includes('--json') ? JSON.stringify(result) : table(result)}\n`);
}

module.exports = { runEngineBench, lookupFloor, table };
