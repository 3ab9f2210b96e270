import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * SPEC 11: no network requests at run time other than loading Office.js. The runtime code
 * (src/) must not name a network API at all, and the task pane page carries a CSP that
 * refuses every connection, so even a dependency that tried would be stopped.
 */

const ROOT = join(__dirname, '..', '..');
const NETWORK = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource)\b/;

/**
 * The documented exceptions. The workbench (src/workbench) is a developer's page served by
 * `npm run workbench` from a local server; it fetches sample workbooks from that server and is
 * not part of the add-in (its own page says so). Nothing else may appear here.
 */
const ALLOWED = new Set(['src/workbench/Workbench.tsx', 'src/workbench/workbench.html']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Source text without comments, so a comment that explains the rule does not break it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');
}

describe('no network at run time', () => {
  it('no runtime source under src/ names fetch, XMLHttpRequest, WebSocket, sendBeacon or EventSource', () => {
    const offenders = files(join(ROOT, 'src'))
      .filter((f) => /\.(ts|tsx|js|html)$/.test(f))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !ALLOWED.has(f))
      .filter((f) => NETWORK.test(code(readFileSync(join(ROOT, f), 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('the allowed exceptions are only the workbench, which is not shipped in the add-in', () => {
    for (const f of ALLOWED) expect(f.startsWith('src/workbench/')).toBe(true);
    expect(readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8')).not.toMatch(/workbench/i);
  });

  it('the task pane page takes its Content-Security-Policy from the build, which refuses every connection', () => {
    const template = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(template).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= csp %>"/);
    const config = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    const csp = /const CSP = \[([\s\S]*?)\]\.join/.exec(config)?.[1] ?? '';
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
  });

  it('the built task pane, when there is one, carries that policy', () => {
    const built = join(ROOT, 'dist/addin/taskpane.html');
    if (!existsSync(built)) return;
    expect(readFileSync(built, 'utf8')).toMatch(/http-equiv="?Content-Security-Policy"? content="[^"]*connect-src 'none'/);
  });
});
