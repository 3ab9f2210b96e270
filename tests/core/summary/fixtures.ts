import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { analyseWorkbook, type WorkbookAnalysis } from '../../../src/core/analyse/workbook';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { gridsFromWorkbook } from '../../../src/xlsx';
import { sampleDir } from '../../helpers/samples';

/** Seed 003's board paper is as at the end of 2023-24 Q2; its next update goes to the March Board. */
export const SEED003_SETTINGS: Settings = { ...defaultSettings('2023-09-30'), nextMeeting: { date: '2024-03-28', name: 'Board March 2024' } };
/** Seed 004 refreshed for ELG December 22. */
export const SEED004_DECEMBER: Settings = { ...defaultSettings('2022-12-15'), nextMeeting: { date: '2023-01-12', name: 'January ELG meeting' } };

/** A sample workbook read and rated, optionally only the named sheets. */
export async function analysed(file: string, settings: Settings, sheets?: readonly string[]): Promise<WorkbookAnalysis> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(await sampleDir(), file));
  const grids = gridsFromWorkbook(wb).filter((g) => sheets === undefined || sheets.includes(g.name));
  return analyseWorkbook(grids, settings);
}
