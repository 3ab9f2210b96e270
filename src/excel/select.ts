/// <reference types="office-js" />
import type { ExcelRunner } from './run';

/**
 * Moves Excel's selection to a cell or row on a sheet, activating the sheet first (Excel
 * selects only on the active sheet), so a click in the task pane takes the user there.
 * @example await selectRange(officeRunner, 'Action plan', 'A7:K7')
 */
export async function selectRange(runner: ExcelRunner, sheet: string, address: string): Promise<void> {
  await runner(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
