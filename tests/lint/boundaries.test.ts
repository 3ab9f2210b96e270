import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/*
 * The project's eslint.config.mjs is an ES module, which jest's CommonJS sandbox cannot import,
 * so the real ESLint runs in a child process over every case at once.
 */
const LINT = `
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
const cases = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, code] of cases) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push((result?.messages ?? []).map((m) => m.ruleId + ': ' + m.message));
}
process.stdout.write(JSON.stringify(out));
`;

const pending: [string, string][] = [];
let results: string[][] | null = null;

function lintAll(): string[][] {
  results ??= JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', LINT], { cwd: root, input: JSON.stringify(pending.map(([f, c]) => [join(root, f), c])) }).toString(),
  ) as string[][];
  return results;
}

/** Registers a case at collection time; the answer comes from one shared lint run. */
function problems(file: string, code: string): () => string[] {
  const index = pending.push([file, code]) - 1;
  return () => lintAll()[index] ?? [];
}

describe('the pure-core boundary, enforced by lint', () => {
  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
    ["import React from 'react';\nexport const x = React;", 'no-restricted-imports'],
    ["import { refresh } from '../excel/refresh';\nexport const x = refresh;", 'no-restricted-imports'],
    ['export const today = new Date();', 'no-restricted-syntax'],
    ['export const now = Date.now();', 'no-restricted-syntax'],
    ['export const w = window.location;', 'no-restricted-globals'],
    ['export const e = Excel.run;', 'no-restricted-globals'],
    ['export const p = process.env;', 'no-restricted-globals'],
  ].map(([code, rule]) => [code, rule, problems('src/core/forbidden.ts', code ?? '')] as const))('rejects %j in src/core', (_code, rule, found) => {
    expect(found().join('\n')).toContain(rule);
  });

  const outside = problems('src/cli/allowed.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;");
  it('allows the same code outside src/core', () => {
    expect(outside()).toEqual([]);
  });

  const arithmetic = problems('src/core/allowed.ts', 'export const d = new Date(Date.UTC(2022, 10, 3));');
  it('allows pure date arithmetic on explicit numbers in src/core', () => {
    expect(arithmetic()).toEqual([]);
  });

  const markup = problems('src/taskpane/x.ts', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }');
  it('forbids innerHTML everywhere', () => {
    expect(markup().join()).toContain('no-restricted-syntax');
  });
});
