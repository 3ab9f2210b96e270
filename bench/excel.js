#!/usr/bin/env node
'use strict';
// Excel benchmark (SPEC 10): what one refresh of the add-in costs in Excel round trips,
// request and response bytes and formatting calls, on desktop and on the web, at 1k, 10k,
// 50k and 100k generated seed-004 rows, through the in-memory Excel (src/host/memory), which
// counts them as Excel would see them.
//
//   npm run build:cli && node bench/excel.js [--json] [--sizes 1000,10000]
const { dist, trackerModel, refreshOn, fmt, emit } = require('./common.js');

const SIZES = [1_000, 10_000, 50_000, 100_000];

async function measure(rows, platform) {
  const { MemoryExcelHost } = dist('host/memory/index.js');
  const host = new MemoryExcelHost(trackerModel(rows), { platform });
  const outcome = await refreshOn(host, platform === 'web');
  const found = outcome.report.trackers[0]?.actions.length ?? 0;
  if (found !== rows) throw new Error(`expected ${rows} actions, the refresh rated ${found}`);
  const { syncs, maxRequestBytes, maxResponseBytes, formatCalls } = host.stats;
  return { syncs, maxRequestBytes, maxResponseBytes, formatCalls };
}

async function runExcelBench(sizes = SIZES) {
  const excel = { desktop: {}, web: {} };
  for (const platform of ['desktop', 'web']) {
    for (const rows of sizes) excel[platform][rows] = await measure(rows, platform);
  }
  return { excel };
}

function table({ excel }) {
  const mb = (b) => `${fmt(b / 1e6, 2)} MB`;
  const lines = ['Excel round trips per refresh (add-in, in-memory host)', '', '  mode     rows      syncs  largest request  largest response  format calls'];
  for (const [mode, bySize] of Object.entries(excel)) {
    for (const [rows, s] of Object.entries(bySize)) {
      lines.push(`  ${mode.padEnd(7)}  ${fmt(rows).padStart(7)}  ${String(s.syncs).padStart(5)}  ${mb(s.maxRequestBytes).padStart(15)}  ${mb(s.maxResponseBytes).padStart(16)}  ${String(s.formatCalls).padStart(12)}`);
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sizes');
  const sizes = at >= 0 ? String(args[at + 1]).split(',').map(Number) : SIZES;
  runExcelBench(sizes).then((r) => emit(r, table), (error) => {
    process.stderr.write(`bench excel: ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}

module.exports = { runExcelBench, table };
