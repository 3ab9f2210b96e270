import ExcelJS from 'exceljs';
import { modelFromExcelJs } from '../host/exceljs/load';
import { workbookToJson, type WorkbookJson } from './model-json';

/**
 * Node side of the workbench: an .xlsx file's bytes as the in-memory host's model, in JSON.
 * Bundled for Node by webpack.workbench.js and loaded by scripts/workbench.js.
 */
export async function convertXlsx(bytes: Uint8Array): Promise<WorkbookJson> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbookToJson(modelFromExcelJs(wb));
}
