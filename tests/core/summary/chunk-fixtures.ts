import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { analyseWorkbook, type WorkbookAnalysis } from '../../../src/core/analyse/workbook';
import { historyRows, type HistoryRow } from '../../../src/core/history';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';
import { gridsFromWorkbook } from '../../../src/xlsx';
import { ALL_SAMPLES, sampleDir } from '../../helpers/samples';

/** A chunked pass run to its end, with the rows of work each of its steps reported. */
export function stepsOf<T>(chunks: Generator<number, T, undefined>): { value: T; steps: number[] } {
  const steps: number[] = [];
  for (;;) {
    const step = chunks.next();
    if (step.done === true) return { value: step.value, steps };
    steps.push(step.value);
  }
}

/** A workbook rated at one date, with the history of an earlier refresh to compare against. */
export interface ChunkCase {
  name: string;
  settings: Settings;
  analysis: WorkbookAnalysis;
  history: HistoryRow[];
}

const EARLIER = { ...defaultSettings('2022-10-01'), nextMeeting: null };
const SETTINGS: Settings = { ...defaultSettings('2022-11-30'), nextMeeting: { date: '2022-12-14', name: '' } };

/** A generated plan of `rows` actions under objectives and ambitions, so Table One has many groups. */
export function generatedGrid(name: string, rows: number): SheetGrid {
  const frames = ['End of Nov 22', 'Q3', 'Dec 2022', 'TBC', 'March 23 Board', '2023-01-15', 'Oct 22'];
  const statuses = ['On track', 'Completed', 'Delayed', 'Not started', null, 'Some issues', 'Off track'];
  const lines: CellValue[][] = [['Objective', 'Ambition', 'Ref', 'Action', 'Lead', 'Time frame', 'Status']];
  for (let i = 1; i <= rows; i++) {
    lines.push([`Objective ${Math.floor(i / 700)}`, `Ambition ${Math.floor(i / 90)}`, i, `Action ${i} to improve the service`, `Lead ${i % 7}`, `${frames[i % 7]}\n${frames[(i + 3) % 7]}`, statuses[i % 7] ?? null]);
  }
  return { name, rows: lines, merges: [], tables: [], hidden: false, protected: false };
}

/** History of an earlier refresh, with every fifth action a rating better, so trends go both ways. */
function earlierHistory(grids: readonly SheetGrid[]): HistoryRow[] {
  const rows = historyRows(analyseWorkbook(grids, EARLIER).trackers, EARLIER.asOf, '2022-10-01T09:00:00.000Z');
  return rows.map((r, i) => (i % 5 === 0 ? { ...r, rating: r.rating === 'red' ? 'amber' : 'red' } : r));
}

function chunkCase(name: string, grids: readonly SheetGrid[]): ChunkCase {
  return { name, settings: SETTINGS, analysis: analyseWorkbook(grids, SETTINGS), history: earlierHistory(grids) };
}

/** Every seed sample, and a generated two-sheet workbook of 5,000 and 300 actions. */
export async function chunkCases(): Promise<ChunkCase[]> {
  const cases: ChunkCase[] = [];
  for (const file of ALL_SAMPLES) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(await sampleDir(), file));
    cases.push(chunkCase(file, gridsFromWorkbook(wb)));
  }
  cases.push(chunkCase('generated 5k', [generatedGrid('Plan', 5000), generatedGrid('Second', 300)]));
  return cases;
}

/** True when two results are the same to the last key, in the same order. */
export function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
