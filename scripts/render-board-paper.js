#!/usr/bin/env node
'use strict';
// `node scripts/render-board-paper.js [--docx-png FILE] [--sheet-png FILE]` (after `npm run build:cli`):
// builds seed 003's board paper (its Table One, as at 30 Sep 2023, next meeting the March 2024
// Board) with the command line and has LibreOffice, a program other than ours, print it:
//   --docx-png  the .docx from `rag-tracker summary --docx`, through LibreOffice Writer to PDF,
//               first page saved as a PNG (docs/board-paper-docx.png);
//   --sheet-png the workbook `rag-tracker refresh` writes, through LibreOffice Calc to PDF as it
//               is, the RAG Summary's first page saved as a PNG (docs/rag-summary-sheet.png).
// Each render fails unless the PDF shows the paper's words and numbers.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, renameSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { run } = require('../dist/node/cli/main.js');

const flag = (name) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : null);
const SAMPLE = join(__dirname, '..', 'samples', 'seed003-strategy-table-one.xlsx');
const DATES = ['--as-of', '2023-09-30', '--next-meeting', '2024-03-28', '--next-meeting-name', 'Board March 2024'];
const EXPECTED = ['RAG Summary: Table One', 'As at 30 Sep 2023 (2023-24 Q2)', 'Objective total', '75%', '98%', 'Amber'];
const quiet = { stdout: { write: () => true }, stderr: process.stderr };

async function cli(args) {
  const code = await run(args, quiet, process.stdin);
  if (code !== 0) throw new Error(`rag-tracker ${args[0]} exited ${code}`);
}

/**
 * LibreOffice prints a file to PDF; the PDF must show the paper; the first page whose text starts
 * with `first` (the paper's title) becomes the PNG, so a workbook is printed as it is, all sheets.
 */
function print(dir, file, pdf, png, first) {
  // soffice exits 0 even when it cannot load a file (a .docx without LibreOffice Writer), so the PDF is checked.
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 180_000 });
  if (!existsSync(pdf)) {
    const hint = file.endsWith('.docx') ? ' (a .docx needs LibreOffice Writer: the libreoffice-writer package)' : '';
    throw new Error(`LibreOffice could not open ${file}${hint}.`);
  }
  // Pages are separated by form feeds in pdftotext's output.
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
  const at = pages.findIndex((p) => p.trimStart().startsWith(first));
  const text = pages.slice(Math.max(at, 0)).join('\f');
  const missing = EXPECTED.filter((w) => !text.includes(w));
  if (at < 0 || missing.length > 0) throw new Error(`LibreOffice's rendering of ${file} lacks: ${at < 0 ? first : missing.join(', ')}`);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(at + 1), '-l', String(at + 1), pdf, join(dir, 'page')]);
  const page = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
  renameSync(join(dir, page), png);
  process.stdout.write(`LibreOffice printed ${file} with the paper's words and numbers; saved ${png} (page ${at + 1})\n`);
}

async function docx(png) {
  const dir = mkdtempSync(join(tmpdir(), 'rag-docx-'));
  await cli(['summary', SAMPLE, '--sheet', 'Table One', ...DATES, '--docx', join(dir, 'board-paper.docx')]);
  print(dir, join(dir, 'board-paper.docx'), join(dir, 'board-paper.pdf'), png, 'RAG Summary');
}

async function sheet(png) {
  const dir = mkdtempSync(join(tmpdir(), 'rag-sheet-'));
  await cli(['refresh', SAMPLE, '--sheet', 'Table One', ...DATES, '-o', join(dir, 'refreshed.xlsx')]);
  // The refreshed workbook is printed as the product wrote it (page breaks, print titles, footer):
  // a copy through ExcelJS would lose its page breaks. The summary's first page is the picture.
  print(dir, join(dir, 'refreshed.xlsx'), join(dir, 'refreshed.pdf'), png, 'RAG Summary: Table One');
}

async function main() {
  const jobs = [
    ['--docx-png', docx],
    ['--sheet-png', sheet],
  ].filter(([name]) => flag(name) !== null);
  if (jobs.length === 0) process.stderr.write('Name --docx-png FILE and/or --sheet-png FILE.\n');
  for (const [name, render] of jobs) {
    try {
      await render(flag(name));
    } catch (error) {
      process.stderr.write(`board paper render (${name}) failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

main();
