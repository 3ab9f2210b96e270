#!/usr/bin/env node
'use strict';
// `npm run render [-- --png docs/seed004-refreshed-libreoffice.png]`: refreshes seed 004's sample,
// opens the result in LibreOffice (a spreadsheet program other than ours), prints it to PDF and
// checks the PDF shows the rating words. With --png it also saves a picture of the page.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readdirSync, renameSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { run } = require('../dist/node/cli/main.js');

const pngFlag = process.argv.indexOf('--png');
const pngPath = pngFlag > 0 ? process.argv[pngFlag + 1] : null;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'rag-render-'));
  const output = join(dir, 'seed004.rag.xlsx');
  const input = join(__dirname, '..', 'samples', 'seed004-tht-elg-action-plan.xlsx');
  const args = ['refresh', input, '-o', output, '--as-of', '2022-11-03', '--next-meeting', '2022-12-15', '--next-meeting-name', 'ELG December 22'];
  const code = await run(args, { stdout: { write: () => true }, stderr: process.stderr }, process.stdin);
  if (code !== 0) throw new Error(`refresh exited ${code}`);
  const filter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', dir, output], { stdio: 'ignore', timeout: 180_000 });
  const pdf = join(dir, 'seed004.rag.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  const missing = ['RAG', 'RAG reason', 'Meeting focus', 'Green', 'Amber', 'Not rated', 'Update due at ELG December 22', 'Next step'].filter((w) => !text.includes(w));
  if (missing.length > 0) throw new Error(`LibreOffice's rendering lacks: ${missing.join(', ')}`);
  process.stdout.write(`LibreOffice opened the refreshed workbook and shows the rating words (${pdf}).\n`);
  if (pngPath) {
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    const page = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    renameSync(join(dir, page), pngPath);
    process.stdout.write(`Saved ${pngPath}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`render check failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
