#!/usr/bin/env node
/*
 * npm run workbench: builds the workbench (webpack.workbench.js) and serves it over plain HTTP
 * on localhost (PORT, default 3100), with the sample workbooks under samples/ converted to the
 * in-memory host's model. A user's .xlsx is POSTed to /api/convert and converted the same way;
 * nothing leaves this machine. Options: --no-build (serve the last build), --quiet.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { Buffer } = require('buffer');
const { URL } = require('url');

const root = path.resolve(__dirname, '..');
const webDir = path.join(root, 'dist', 'workbench', 'web');
const samplesDir = path.join(root, 'samples');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };
const MAX_UPLOAD = 50 * 1024 * 1024;

function build(mode) {
  const webpack = require('webpack');
  const config = require(path.join(root, 'webpack.workbench.js'))({}, { mode });
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_UPLOAD) req.destroy(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function samples() {
  return fs.readdirSync(samplesDir).filter((f) => f.endsWith('.xlsx')).sort();
}

/** The HTTP handler: the page and its bundle, the sample list, a sample, and conversion. */
function handler(convert) {
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname === '/api/samples') return send(res, 200, TYPES['.json'], JSON.stringify(samples()));
      if (url.pathname === '/api/sample') {
        const name = url.searchParams.get('name') || '';
        if (!samples().includes(name)) return send(res, 404, 'text/plain', 'No such sample.');
        return send(res, 200, TYPES['.json'], JSON.stringify(await convert(fs.readFileSync(path.join(samplesDir, name)))));
      }
      if (url.pathname === '/api/convert' && req.method === 'POST') return send(res, 200, TYPES['.json'], JSON.stringify(await convert(await readBody(req))));
      const file = path.join(webDir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname).replace(/^([/\\])+/, ''));
      if (!file.startsWith(webDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found.');
      return send(res, 200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
    } catch (e) {
      return send(res, 400, 'text/plain', `Could not read the workbook: ${e && e.message ? e.message : e}`);
    }
  };
}

/** Builds (unless asked not to) and starts the server; resolves to { server, url }. */
async function start({ port = Number(process.env.PORT) || 3100, buildFirst = true, mode = 'development', quiet = false } = {}) {
  if (buildFirst) {
    if (!quiet) console.log('Building the workbench…');
    await build(mode);
  }
  const { convertXlsx } = require(path.join(root, 'dist', 'workbench', 'node', 'convert.js'));
  const server = http.createServer(handler(convertXlsx));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://localhost:${server.address().port}/`;
  if (!quiet) console.log(`RAG Tracker workbench: ${url}`);
  return { server, url };
}

module.exports = { start };

if (require.main === module) {
  const args = process.argv.slice(2);
  start({ buildFirst: !args.includes('--no-build'), mode: args.includes('--production') ? 'production' : 'development', quiet: args.includes('--quiet') }).catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}
