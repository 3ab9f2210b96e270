import { MemoryExcelHost, newSheet, updateCell, type HostOptions, type MemorySheet, type MemoryWorkbook } from '../../src/host/memory';
import type { HostContext } from '../../src/host/memory';

/** A sheet holding the given rows from A1 (strings and numbers as Excel would hold them). */
export function sheetOf(name: string, rows: readonly (readonly (string | number | boolean | null)[])[]): MemorySheet {
  const sheet = newSheet(name);
  rows.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const type = typeof value === 'string' ? 'String' : typeof value === 'number' ? 'Double' : 'Boolean';
      updateCell(sheet, r, c, { value, type });
    }),
  );
  sheet.changes.cells.clear();
  return sheet;
}

/** A host over the given sheets. */
export function hostOf(sheets: MemorySheet[], options: HostOptions = {}): MemoryExcelHost {
  const workbook: MemoryWorkbook = { sheets, date1904: false };
  return new MemoryExcelHost(workbook, options);
}

/** A two-sheet host: a small tracker and a notes sheet. */
export function smallHost(options: HostOptions = {}): MemoryExcelHost {
  return hostOf(
    [
      sheetOf('Plan', [
        ['Ref', 'Action', 'Lead'],
        [1, 'Publish the plan', 'Ann'],
        [2, 'Agree terms', 'Bob'],
      ]),
      sheetOf('Notes', [['Kept for reference']]),
    ],
    options,
  );
}

/** Runs a batch, capturing the rejection (so a test can assert on it without an unhandled rejection). */
export async function failure(run: Promise<unknown>): Promise<{ code?: string; message: string; name?: string }> {
  try {
    await run;
  } catch (error) {
    return error as { code?: string; message: string; name?: string };
  }
  throw new Error('expected the batch to fail');
}

export type Batch = (ctx: HostContext) => Promise<unknown>;
