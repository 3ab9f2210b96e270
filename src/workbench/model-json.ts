import { newSheet, type MemoryWorkbook } from '../host/memory/model';

/*
 * The in-memory workbook as plain JSON, so the workbench server (Node, where ExcelJS reads
 * .xlsx files) can hand it to the page. Only what the host model holds is carried; the
 * change log starts empty, as after loading a file.
 */

type SheetJson = Omit<MemoryWorkbook['sheets'][number], 'columnWidths' | 'rowHeights' | 'hiddenRows' | 'changes'> & {
  columnWidths: [number, number][];
  rowHeights?: [number, number][];
  hiddenRows: number[];
};
export interface WorkbookJson {
  date1904: boolean;
  title?: string;
  sheets: SheetJson[];
}

/** The host model as JSON-safe data (Maps become pairs, Sets arrays; opaque format sources are dropped). */
export function workbookToJson(wb: MemoryWorkbook): WorkbookJson {
  return {
    date1904: wb.date1904,
    ...(wb.title === undefined ? {} : { title: wb.title }),
    sheets: wb.sheets.map(({ columnWidths, rowHeights, hiddenRows, changes: _changes, formats, ...rest }) => ({
      ...rest,
      formats: formats.map(({ source: _source, ...f }) => f),
      columnWidths: [...columnWidths.entries()],
      rowHeights: [...rowHeights.entries()],
      hiddenRows: [...hiddenRows],
    })),
  };
}

/** The host model back from its JSON. */
export function workbookFromJson(json: WorkbookJson): MemoryWorkbook {
  return {
    date1904: json.date1904,
    ...(json.title === undefined ? {} : { title: json.title }),
    sheets: json.sheets.map((s) => {
      const sheet = newSheet(s.name);
      // JSON turns the sparse rows' holes into null; the model wants undefined.
      const rows = s.rows.map((row) => (row ?? []).map((c) => c ?? undefined));
      return { ...sheet, ...s, rows, columnWidths: new Map(s.columnWidths), rowHeights: new Map(s.rowHeights ?? []), hiddenRows: new Set(s.hiddenRows ?? []), changes: sheet.changes };
    }),
  };
}
