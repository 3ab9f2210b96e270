import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildSamples } from '../../src/samples/build';

/** Builds every sample into a fresh temporary folder and returns the written paths. */
export async function buildIntoTempDir(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-samples-'));
  return buildSamples(dir);
}

/** Reads one built sample back by file name. */
export async function readSample(paths: readonly string[], fileName: string): Promise<ExcelJS.Workbook> {
  const filePath = paths.find((p) => path.basename(p) === fileName);
  if (!filePath) throw new Error(`${fileName} was not built`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

/** The named sheet, failing the test clearly when it is missing. */
export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`sheet "${name}" is missing`);
  return sheet;
}

/** A cell's text, or '' for a blank or non-text cell. */
export function textAt(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  const value = sheet.getCell(row, column).value;
  return typeof value === 'string' ? value : '';
}

/** A cell's text split into its lines. */
export function linesAt(sheet: ExcelJS.Worksheet, row: number, column: number): string[] {
  return textAt(sheet, row, column).split('\n');
}

/** Every non-empty text cell from `fromRow` down, skipping the covered parts of merged cells. */
export function textCells(sheet: ExcelJS.Worksheet, fromRow = 1, columns?: readonly number[]): { address: string; text: string }[] {
  const cells: { address: string; text: string }[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < fromRow) return;
    row.eachCell((cell, column) => {
      if (columns && !columns.includes(column)) return;
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (typeof cell.value === 'string' && cell.value.trim() !== '') cells.push({ address: cell.address, text: cell.value });
    });
  });
  return cells;
}

/**
 * Text as compared for "verbatim": HTML tags removed, a word broken over a PDF line at its
 * hyphen rejoined, runs of whitespace collapsed. Wording and punctuation are untouched.
 */
export function normalise(text: string): string {
  return text
    .replace(/(\w)-[ \t]*\r?\n\s*/g, '$1-')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SEED_DIRS = [path.resolve(__dirname, '../../../shared/seeds'), '/work/shared/seeds'];

/** The seeds folder when this checkout has it beside the repo, otherwise null. */
export function seedsDir(): string | null {
  return SEED_DIRS.find((dir) => fs.existsSync(dir)) ?? null;
}

/**
 * The text the samples must quote: the seed file itself when the seeds folder is present,
 * otherwise the embedded seed data (so the check still runs, against the repo's own copy).
 */
export function sourceText(seedFile: string, embedded: () => string[]): { from: 'seed' | 'embedded'; text: string } {
  const dir = seedsDir();
  if (dir) return { from: 'seed', text: normalise(fs.readFileSync(path.join(dir, seedFile), 'utf8')) };
  return { from: 'embedded', text: normalise(embedded().join('\n')) };
}

/** True when the text, normalised, occurs in the (normalised) source word for word. */
export function quotes(source: string, text: string): boolean {
  return source.includes(normalise(text));
}

/**
 * Like `quotes`, but also true when the text is two pieces that each occur in the source: an
 * item the PDF split across a column or page break, which the sample joins with a space.
 */
export function quotesAcrossBreak(source: string, text: string): boolean {
  const wanted = normalise(text);
  if (source.includes(wanted)) return true;
  for (let i = wanted.indexOf(' '); i > 0; i = wanted.indexOf(' ', i + 1)) {
    if (source.includes(wanted.slice(0, i)) && source.includes(wanted.slice(i + 1))) return true;
  }
  return false;
}
