#!/usr/bin/env node
'use strict';
// Blocking benchmark (SPEC 10): the longest stretch the add-in's refresh keeps the event
// loop busy on 100,000 generated rows, through the in-memory Excel on desktop. A probe
// re-arms itself with setImmediate, so it runs once per turn of the event loop; the longest
// gap between two probes is the longest time nothing else could have run. Excel restarts an
// add-in that blocks for 5 s; the budget is 100 ms.
//
// The in-memory host does in this thread what Excel does in its own process (reading and
// writing cells, sizing the payloads), so the gap includes that work too: the figure is an
// upper bound on what the add-in alone would block. The share spent inside the host's round
// trips is reported beside it (human table only), not subtracted.
//
//   npm run build:cli && node bench/blocking.js [--json] [--rows 100000]
const { performance } = require('node:perf_hooks');
const { setImmediate } = require('node:timers');
const { dist, trackerModel, refreshOn, fmt, emit } = require('./common.js');

async function runBlockingBench(rows = 100_000) {
  const { MemoryExcelHost } = dist('host/memory/index.js');
  const host = new MemoryExcelHost(trackerModel(rows), { platform: 'desktop' });
  // Time spent inside each round trip of the simulated Excel, to say how much of a gap is the host's.
  let hostMs = 0;
  const execute = host._execute.bind(host);
  host._execute = async (...args) => {
    const start = performance.now();
    try {
      return await execute(...args);
    } finally {
      hostMs += performance.now() - start;
    }
  };
  let running = true;
  let last = performance.now();
  let hostAtLast = 0;
  const worst = { ms: 0, hostMs: 0 };
  const gaps = [];
  const probe = () => {
    const now = performance.now();
    const gap = now - last;
    gaps.push(gap);
    if (gap > worst.ms) Object.assign(worst, { ms: gap, hostMs: hostMs - hostAtLast });
    last = now;
    hostAtLast = hostMs;
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  const start = performance.now();
  const outcome = await refreshOn(host, false);
  const totalMs = performance.now() - start;
  running = false;
  probe();
  const found = outcome.report.trackers[0]?.actions.length ?? 0;
  if (found !== rows) throw new Error(`expected ${rows} actions, the refresh rated ${found}`);
  const over100 = gaps.filter((g) => g > 100).length;
  return { blocking: { rows, maxMs: Math.round(worst.ms) }, detail: { totalMs: Math.round(totalMs), worstInsideHostMs: Math.round(worst.hostMs), stretchesOver100ms: over100, turns: gaps.length } };
}

function table({ blocking, detail }) {
  return [
    `Blocking: longest stretch without yielding, add-in refresh of ${fmt(blocking.rows)} rows (in-memory host, desktop)`,
    '',
    `  longest stretch        ${fmt(blocking.maxMs)} ms   (of which inside the simulated Excel's round trip: ${fmt(detail.worstInsideHostMs)} ms)`,
    `  stretches over 100 ms  ${detail.stretchesOver100ms} of ${fmt(detail.turns)} event-loop turns`,
    `  whole refresh          ${fmt(detail.totalMs)} ms`,
  ].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const rows = args.includes('--rows') ? Number(args[args.indexOf('--rows') + 1]) : 100_000;
  runBlockingBench(rows).then((r) => emit(r, table), (error) => {
    process.stderr.write(`bench blocking: ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}

module.exports = { runBlockingBench, table };
