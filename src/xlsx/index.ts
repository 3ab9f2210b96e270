/** The command line's side of the workbook: ExcelJS in, engine grids out, output plans back in. */
export { gridsFromWorkbook, isProductSheet, isSheetProtected, parseA1Range } from './read';
export { convertValue, cellValue } from './cell-value';
export { DATE_FORMAT, applyPlan } from './write';
export { replaceRules } from './rules';
export { SETTINGS_SHEET, chunkText, readSettingsSheet, writeSettingsSheet } from './settings-sheet';
export { WorkbookReadError, WorkbookWriteError, loadWorkbook, loadWorkbookBytes, readWorkbookBytes, saveBytes, saveWorkbook } from './files';
export { readPackageSource } from './read-package';
export { sourceFromExcelJs, type WorkbookSource } from './source';
export { PatchUnsupportedError, patchWorkbook, type RefreshEdits } from './patch';
export { applyEdits } from './edits';
