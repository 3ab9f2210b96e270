/** @jest-environment jsdom */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { all, manifestUrls, parseManifest, ROOT } from './helpers';

/*
 * `npx webpack --mode production` (what `npm run build` runs after the command line) builds the
 * add-in's pages into dist/addin. It runs with an empty home folder: a build needs no
 * development certificate (only `webpack serve` asks for one) and no network.
 */

// The config module is plain CommonJS; the constants it exports are the ones the pages must carry.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as { CSP: string; urlProd: string; urlDev: string };

const OUT = join(ROOT, 'dist', 'addin');
const PAGES = ['taskpane.html', 'commands.html', 'result.html', 'support.html'];
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let home: string;
let build: SpawnSyncReturns<string>;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'rag-build-home-'));
  build = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, HOME: home, USERPROFILE: home, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' },
  });
}, 180_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

function page(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(OUT, name), 'utf8'), 'text/html');
}

describe('the production build of the add-in', () => {
  it('succeeds with no certificate and no home folder settings', () => {
    expect({ status: build.status, stderr: build.status === 0 ? '' : build.stderr + build.stdout }).toEqual({ status: 0, stderr: '' });
    expect(readdirSync(home)).toEqual([]);
  });

  it('writes the task pane, the ribbon function file, its result dialog and the support page to dist/addin', () => {
    for (const name of PAGES) expect(existsSync(join(OUT, name))).toBe(true);
  });

  it.each(PAGES)('puts the Content-Security-Policy first in the head of %s, before any script', (name) => {
    const doc = page(name);
    const head = Array.from(doc.head.children);
    const csp = head.findIndex((el) => el.getAttribute('http-equiv') === 'Content-Security-Policy');
    const firstScript = head.findIndex((el) => el.tagName === 'SCRIPT');
    expect(csp).toBeGreaterThanOrEqual(0);
    expect(csp).toBeLessThanOrEqual(1); // after <meta charset> at most
    if (firstScript >= 0) expect(csp).toBeLessThan(firstScript);
    const content = head[csp]?.getAttribute('content') ?? '';
    expect(content).toBe(config.CSP);
    expect(content.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", "connect-src 'none'"]));
    expect(content).not.toMatch(/unsafe-eval|\*/);
  });

  it.each(['taskpane.html', 'commands.html', 'result.html'])('loads office.js as the only script from elsewhere, and its own bundle, in %s', (name) => {
    const sources = Array.from(page(name).querySelectorAll('script')).map((s) => s.getAttribute('src') ?? '(inline)');
    expect(sources[0]).toBe(OFFICE_JS);
    expect(sources).toHaveLength(2);
    expect(sources[1]).toBe(name.replace('.html', '.js'));
    expect(existsSync(join(OUT, sources[1] ?? ''))).toBe(true);
  });

  it('has no script at all in the support page', () => {
    expect(page('support.html').querySelectorAll('script')).toHaveLength(0);
  });

  it('copies the manifest with every URL moved to the production location, each to a file the build wrote', () => {
    const doc = parseManifest(readFileSync(join(OUT, 'manifest.xml'), 'utf8'));
    const urls = manifestUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(config.urlProd)).toBe(true);
      expect(existsSync(join(OUT, url.slice(config.urlProd.length)))).toBe(true);
    }
    expect(readFileSync(join(OUT, 'manifest.xml'), 'utf8')).not.toContain(config.urlDev);
    expect(all(doc, 'FunctionName')[0]?.textContent).toBe('refreshRag');
  });

  it('copies the four icons', () => {
    expect(readdirSync(join(OUT, 'assets')).sort()).toEqual(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  });
});
