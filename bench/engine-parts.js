#!/usr/bin/env node
'use strict';
// Where the engine's time goes on a generated tracker: not a target of its own, but the
// breakdown the engine figure in BENCHMARKS.md is read with. Every part runs on the same
// sheet, in turn, several times, and the medians print side by side:
//   floor    each row's texts looked up in a Map and one Action-sized object made (engine.js)
//   shape    the floor, plus the report's own shape for each action: its rows array, its steps
//            array and one Step object per step (as many as the engine finds), nothing parsed
//   rows     the rows read into actions (ActionReader), nothing parsed or rated
//   split    each distinct next-step, time-frame and status cell of the sheet split into its entries
//            once (splitEntries), as a refresh's first readings must: nothing parsed or rated
//   warm     the whole sheet analysed with caches that already know every text
//   cold     the whole sheet analysed as a refresh does, every text read for the first time
// cold − warm is the first readings (splitting, parsing); warm − rows is per action work:
// looking up its cells, building and rating its steps, the roll-up and the garbage collector.
// rows + split, beside the time the 500k rows/s target allows, is how much of it the sheet's
// reading and the splitter alone take, before anything is parsed or rated.
//
//   npm run build:cli && node bench/engine-parts.js [--rows 100000] [--runs 9]
const v8 = require('node:v8');
const vm = require('node:vm');
const { dist, median } = require('./common.js');
const { lookupFloor } = require('./engine.js');
const { AS_OF, generateTracker } = require('./tracker.js');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const { analyseSheet } = dist('core/analyse/sheet.js');
const { createParsers } = dist('core/analyse/parsers.js');
const { ActionReader } = dist('core/detect/rows.js');
const { splitEntries } = dist('core/steps/entries.js');
const { findHeader, trackerLayout } = dist('core/detect/tracker.js');
const { defaultSettings } = dist('core/settings.js');

/** One shared time frame for the shape part's steps: the report shares its parsed time frames too. */
const TIMEFRAME = { kind: 'month', start: '2022-11-01', end: '2022-11-30', redated: false };

/**
 * The least a report of this shape costs per row: the floor's lookups and Action, plus the
 * Action's rows array, steps array and a Step object per step (`stepCounts`, in action order,
 * as the engine found them). Returns the actions made.
 */
function shapeFloor(grid, stepCounts) {
  const caches = [1, 2, 3, 4, 5].map(() => new Map());
  const out = [];
  let a = 0;
  for (let r = 3; r < grid.rows.length; r++) {
    const line = grid.rows[r];
    for (let c = 0; c < caches.length; c++) {
      const value = line[c + 1];
      if (typeof value !== 'string' || caches[c].has(value)) continue;
      caches[c].set(value, c);
    }
    if (line[0] === null) continue;
    const count = stepCounts[a++] ?? 1;
    const steps = new Array(count);
    for (let i = 0; i < count; i++) {
      steps[i] = { text: line[3], timeframeText: line[4], timeframe: TIMEFRAME, statusText: line[5], status: 'on_track', rating: 'green', focus: 'next_step', reason: 'Green' };
    }
    out.push({ row: r + 1, rows: [r + 1], ref: line[0], action: line[1], lead: line[2], objective: null, ambition: null, strategy: null, status: 'unknown',
      rating: 'not_rated', focus: 'next_step', reason: '', nextDue: null, trend: null, confidence: null, progress: null, update: null, steps });
  }
  return out;
}

/** The distinct texts of the next-step, time-frame and status columns (3, 4 and 5 in the generated sheet). */
function distinctCells(grid) {
  const cells = new Set();
  for (let r = 3; r < grid.rows.length; r++) for (const c of [3, 4, 5]) if (typeof grid.rows[r][c] === 'string') cells.add(grid.rows[r][c]);
  return [...cells];
}

/** The target's engine rate (issue 6): what the budget line measures against. */
const TARGET_ROWS_PER_SECOND = 500_000;

function parts(grid) {
  const settings = defaultSettings(AS_OF);
  const found = findHeader(grid, undefined);
  const layout = trackerLayout(grid, found, grid.rows.length - 1);
  const warm = createParsers(settings);
  const stepCounts = analyseSheet(grid, settings, warm).actions.map((action) => action.steps.length);
  const cells = distinctCells(grid);
  const actions = stepCounts.length;
  return {
    floor: () => lookupFloor(grid).length,
    shape: () => shapeFloor(grid, stepCounts).length,
    rows: () => {
      const reader = new ActionReader(grid.rows, layout);
      let n = 0;
      while (reader.next() !== null) n++;
      return n;
    },
    // Returns the action count, as the other parts do, once every cell is split.
    split: () => {
      let entries = 0;
      for (const cell of cells) entries += splitEntries(cell).length;
      return entries > 0 ? actions : 0;
    },
    warm: () => analyseSheet(grid, settings, warm)?.actions.length,
    cold: () => analyseSheet(grid, settings, createParsers(settings))?.actions.length,
  };
}

function main(args) {
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const rows = option('--rows', 100_000);
  const runs = option('--runs', 9);
  const named = parts(generateTracker(rows));
  for (let i = 0; i < 2; i++) for (const run of Object.values(named)) run();
  const ms = Object.fromEntries(Object.keys(named).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(named)) {
      gc();
      const start = process.hrtime.bigint();
      const found = run();
      ms[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (found !== rows) throw new Error(`${name}: expected ${rows} actions, found ${found}`);
    }
  }
  const lines = [`Engine parts on ${rows.toLocaleString('en-GB')} generated rows, median of ${runs} runs each, in turn`, ''];
  for (const [name, times] of Object.entries(ms)) {
    const m = median(times);
    lines.push(`  ${name.padEnd(6)} ${m.toFixed(0).padStart(6)} ms  ${Math.round(rows / (m / 1000)).toLocaleString('en-GB').padStart(11)} rows/s`);
  }
  const budget = (rows / TARGET_ROWS_PER_SECOND) * 1000;
  const spent = median(ms.rows) + median(ms.split);
  lines.push('', `  the target (${TARGET_ROWS_PER_SECOND.toLocaleString('en-GB')} rows/s) allows ${budget.toFixed(0)} ms; rows + split take ${spent.toFixed(0)} ms of it (${Math.round((spent / budget) * 100)}%)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2));
