#!/usr/bin/env node
'use strict';
// Memory benchmark: peak resident-set growth of the add-in's refresh of 100,000 generated
// rows through the in-memory Excel (desktop), in a fresh process. The baseline is the RSS
// once the code is loaded and the workbook is in the host (the host's copy of the workbook
// is Excel's memory, not the add-in's); the peak is the process's maximum RSS (getrusage),
// which the kernel tracks, so no sampling can miss it.
//
//   npm run build:cli && node bench/memory.js [--json] [--rows 100000]
const { dist, trackerModel, refreshOn, fmt, emit } = require('./common.js');

async function runMemoryBench(rows = 100_000) {
  const { MemoryExcelHost } = dist('host/memory/index.js');
  dist('excel/refresh.js');
  const host = new MemoryExcelHost(trackerModel(rows), { platform: 'desktop' });
  if (globalThis.gc) globalThis.gc();
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  const peakBeforeMb = process.resourceUsage().maxRSS / 1024;
  const outcome = await refreshOn(host, false);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const found = outcome.report.trackers[0]?.actions.length ?? 0;
  if (found !== rows) throw new Error(`expected ${rows} actions, the refresh rated ${found}`);
  return { memory: { rows, peakRssGrowthMb: Math.round(peakMb - baselineMb) }, detail: { baselineMb: Math.round(baselineMb), peakMb: Math.round(peakMb), peakBeforeRefreshMb: Math.round(peakBeforeMb) } };
}

function table({ memory, detail }) {
  return [
    `Memory: add-in refresh of ${fmt(memory.rows)} rows (in-memory host, desktop), fresh process`,
    '',
    `  RSS before the refresh  ${fmt(detail.baselineMb)} MB (workbook loaded in the host)`,
    `  peak RSS                ${fmt(detail.peakMb)} MB`,
    `  peak growth             ${fmt(memory.peakRssGrowthMb)} MB`,
  ].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const rows = args.includes('--rows') ? Number(args[args.indexOf('--rows') + 1]) : 100_000;
  runMemoryBench(rows).then((r) => emit(r, table), (error) => {
    process.stderr.write(`bench memory: ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}

module.exports = { runMemoryBench, table };
