#!/usr/bin/env node
/* global document, performance */
'use strict';
// Task pane benchmark (SPEC 10): the first render from a cold load in a local browser, and
// the bundle size. The add-in's own production build (dist/addin/taskpane.html and its
// bundle, as Office loads them) is served from localhost to Debian's Chromium, with a fresh
// profile per run, so nothing comes from a cache. There is no Office here: the request for
// office.js is refused at once, and the page renders the pane as it does outside Office.
// First render is the time from the start of navigation until the Refresh RAG button is on
// the page, read in the page itself (performance.now()). The bundle is measured raw and gzipped.
//
//   node bench/taskpane.js [--json] [--runs 5] [--no-build]      (CHROMIUM overrides /usr/bin/chromium)
const fs = require('node:fs');
const http = require('node:http');
const { URL } = require('node:url');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');
const { fmt, median, emit } = require('./common.js');

const root = path.join(__dirname, '..');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];
/** SPEC 10's budget for the first render. */
const BUDGET_MS = 1000;

/** The add-in's production bundle, built unless asked not to, as bytes on disk and gzipped. */
function bundle(build) {
  if (build) {
    const webpack = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: root, encoding: 'utf8' });
    if (webpack.status !== 0) throw new Error(`webpack failed:\n${webpack.stderr || webpack.stdout}`);
  }
  const size = (file) => {
    const bytes = fs.readFileSync(path.join(root, 'dist', 'addin', file));
    return { bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  return { taskpane: size('taskpane.js'), commands: size('commands.js') };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

/** Serves a folder on localhost, as the dev server serves the add-in; resolves to { server, url } with the pane's page. */
async function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(new URL(req.url, 'http://localhost').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return { server, url: `http://localhost:${server.address().port}/taskpane.html` };
}

/** One cold load: a new browser with an empty profile; milliseconds from navigation start. */
async function coldLoad(chromium, url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-bench-pane-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const origin = new URL(url).origin;
    await context.route((u) => u.origin !== origin, (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'commit' });
    const ready = () => [...document.querySelectorAll('button')].some((b) => b.textContent.includes('Refresh RAG'));
    await page.waitForFunction(ready, null, { polling: 'raf', timeout: 30_000 });
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function runTaskpaneBench({ runs = 5, build = true } = {}) {
  const bundles = bundle(build);
  const { chromium } = require('playwright-core');
  const { server, url } = await serve(path.join(root, 'dist', 'addin'));
  try {
    await coldLoad(chromium, url); // the first launch also warms the disk cache for Chromium itself
    const loads = [];
    for (let i = 0; i < runs; i++) loads.push(await coldLoad(chromium, url));
    return {
      taskpane: {
        runs,
        firstRenderMs: Math.round(median(loads)),
        bundleBytes: bundles.taskpane.bytes,
        bundleGzipBytes: bundles.taskpane.gzipBytes,
        commandsBundleBytes: bundles.commands.bytes,
      },
      detail: { firstRenderMsEach: loads.map((ms) => Math.round(ms)) },
    };
  } finally {
    server.close();
  }
}

function table({ taskpane, detail }) {
  const kb = (n) => `${fmt(n / 1024)} KiB`;
  return [
    `Task pane: cold load of the add-in's production build in Chromium, from localhost, median of ${taskpane.runs} runs`,
    '',
    `  first render (Refresh RAG on the page)  ${fmt(taskpane.firstRenderMs)} ms   (budget ${fmt(BUDGET_MS)} ms; each: ${detail.firstRenderMsEach.map((ms) => fmt(ms)).join(', ')})`,
    `  add-in bundle taskpane.js               ${kb(taskpane.bundleBytes)}, ${kb(taskpane.bundleGzipBytes)} gzipped; commands.js ${kb(taskpane.commandsBundleBytes)}`,
  ].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
  runTaskpaneBench({ runs, build: !args.includes('--no-build') }).then((r) => emit(r, table), (error) => {
    process.stderr.write(`bench taskpane: ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}

module.exports = { runTaskpaneBench, table };
