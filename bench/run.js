#!/usr/bin/env node
'use strict';
// `npm run bench [-- --json] [-- --only excel,cli]`: every benchmark of SPEC 10, each part in
// its own `node` process (so one part's heap, JIT state and garbage never touch another's
// timing or memory), a human table per part, or with --json one object of the shape in
// BENCHMARKS.md. Runs over the compiled code: `npm run bench` builds it first.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { fmt } = require('./common.js');

const PARTS = {
  engine: { file: 'engine.js', flags: [] },
  excel: { file: 'excel.js', flags: [] },
  cli: { file: 'cli.js', flags: [] },
  blocking: { file: 'blocking.js', flags: [] },
  memory: { file: 'memory.js', flags: ['--expose-gc'] },
  // SPEC 10's task pane budget, beside issue 6's five parts: it builds the add-in (webpack) first.
  taskpane: { file: 'taskpane.js', flags: [] },
};

/** Runs one part in a fresh process and returns its JSON, or why it could not. */
function runPart(name) {
  const { file, flags } = PARTS[name];
  const path = join(__dirname, file);
  if (!existsSync(path)) return { error: `bench/${file} is missing` };
  process.stderr.write(`bench: ${name}…\n`);
  const start = Date.now();
  const child = spawnSync(process.execPath, [...flags, path, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  process.stderr.write(`bench: ${name} took ${fmt((Date.now() - start) / 1000, 1)} s\n`);
  if (child.status !== 0) return { error: `bench/${file} exited ${child.status}` };
  try {
    return { result: JSON.parse(child.stdout.trim().split('\n').pop()) };
  } catch {
    return { error: `bench/${file} printed no JSON` };
  }
}

function main(args) {
  const at = args.indexOf('--only');
  const names = at >= 0 ? String(args[at + 1]).split(',') : Object.keys(PARTS);
  const unknown = names.filter((n) => !(n in PARTS));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no part called ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})\n`);
    return 2;
  }
  const out = {};
  const tables = [];
  let failed = false;
  for (const name of names) {
    const { result, error } = runPart(name);
    if (error !== undefined) {
      failed = true;
      out[name] = null;
      tables.push(`${name}: not measured: ${error}`);
      process.stderr.write(`bench: ${name}: ${error}\n`);
      continue;
    }
    // The JSON keeps the documented shape (plus `taskpane`); the parts' extra detail goes to the tables.
    out[name] = result[name];
    tables.push(require(join(__dirname, PARTS[name].file)).table(result));
  }
  // With --json, stdout holds the JSON alone; the tables still go to stderr for whoever watches.
  if (args.includes('--json')) {
    process.stderr.write(`${tables.join('\n\n')}\n`);
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${tables.join('\n\n')}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
