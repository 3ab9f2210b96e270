import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/report';
import type { RefreshOutcome } from '../../src/excel/refresh';
import type { MemoryExcelHost } from '../../src/host/memory';
import { cli as runCli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { tempDir } from '../helpers/samples';
import { cellPrints, changed, cliRefresh, hostFor, refreshOn, reread, savedFrom, savedPrints, summaryValues, userPrints } from './helpers';

/*
 * Add-in/command-line parity (SPEC 1, 2.4, 3, 10) for delivery plans laid out as Gantt charts,
 * whose marks give each action its time frame: months under a merged "2024/25" (a two-row
 * header), quarters ticked and checked (TRUE), and months typed as date cells, which each path
 * reads from its own host. Both must give the same report, write the same cells, put the RAG
 * columns right of the chart, leave every user cell alone and change nothing when run again.
 */

const AS_OF = '2024-11-20';
const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
const marked = (mark: ExcelJS.CellValue, ...months: string[]): ExcelJS.CellValue[] => MONTHS.map((m) => (months.includes(m) ? mark : null));

/** Adds a sheet of rows, a Date shown as a month ("Oct-24"), as a plan's month headers are. */
function sheet(wb: ExcelJS.Workbook, name: string, rows: readonly (readonly ExcelJS.CellValue[])[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const values of rows) {
    ws.addRow([...values]).eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'mmm-yy';
    });
  }
  return ws;
}

function ganttPlans(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ics = sheet(wb, 'UEC plan', [
    ['Northshire ICS Urgent and Emergency Care delivery plan'],
    ['Ref', 'Action', 'SRO', '2024/25', ...MONTHS.slice(1).map(() => null), 'Update'],
    [null, null, null, ...MONTHS, null],
    ['UEC1', 'Open a same day emergency care unit at the General', 'Chief Operating Officer', ...marked('X', 'Apr', 'May', 'Jun'), 'Complete: open since June.'],
    ['UEC2', 'Virtual ward for frailty: 40 beds', 'Director of Community Services', ...marked('X', 'Apr', 'Jun'), 'Recruitment behind plan.'],
    ['UEC3', 'Winter plan signed off by the ICB board', 'Director of Strategy', ...marked('X', 'Oct', 'Nov', 'Dec'), 'On track.'],
    ['UEC4', 'Review the NHS 111 clinical assessment service', 'Director of Strategy', ...marked(null), null],
  ]);
  ics.mergeCells('D2:O2');
  sheet(wb, 'Elective', [
    ['Elective Recovery Delivery Plan 2024/25'],
    ['No.', 'Milestone', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Progress'],
    ['1', 'Community diagnostic centre extension live', 'COO', '✓', '✓', null, null, 'Build delayed by the contractor'],
    ['2', 'Patient-initiated follow-up in 5 specialties', 'Outpatient Lead', null, null, true, true, 'Two specialties live'],
  ]);
  sheet(wb, 'Digital', [
    ['Ref', 'Action', 'Owner', ...['2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01'].map(day), 'Comments'],
    ['D1', 'Replace the PAS', 'CIO', 'X', 'X', 'X', 'X', 'X', 'X', 'Go-live agreed for March'],
    ['D2', 'Switch off the fax machines', 'CIO', 'X', 'X', null, null, null, null, null],
  ]);
  return wb;
}

interface Refreshed {
  original: ExcelJS.Workbook;
  cli: { report: Report; saved: ExcelJS.Workbook };
  addin: { outcome: RefreshOutcome; host: MemoryExcelHost; saved: ExcelJS.Workbook };
}

/** savedPrints of a workbook as read from its bytes (see parity-layouts.test.ts). */
async function printsOf(wb: ExcelJS.Workbook): Promise<Map<string, string>> {
  return savedPrints(await reread(wb));
}

describe('parity for Gantt charts read as time frames: the add-in and `rag-tracker refresh` agree', () => {
  let refreshed: Refreshed | undefined;
  const run = (): Refreshed => {
    if (refreshed === undefined) throw new Error('the refreshes did not run');
    return refreshed;
  };
  beforeAll(async () => {
    const original = ganttPlans();
    const cli = await cliRefresh(original, ['--as-of', AS_OF]);
    const host = await hostFor(original);
    const outcome = await refreshOn(host, { asOf: AS_OF });
    refreshed = { original, cli: { report: cli.report as unknown as Report, saved: cli.saved }, addin: { outcome, host, saved: await savedFrom(host) } };
  }, 30_000);

  it('rates each action by its marked months or quarters alike, date-cell months included, and warns of no missing time frame', () => {
    const { cli, addin } = run();
    expectValidReport(cli.report);
    expect(addin.outcome.report).toEqual(cli.report);
    const rated = cli.report.trackers.map((t) => [t.sheet, t.actions.map((a) => [a.ref, a.rating, a.steps[0]?.timeframe.end ?? null])]);
    expect(rated).toEqual([
      ['UEC plan', [['UEC1', 'complete', '2024-06-30'], ['UEC2', 'red', '2024-06-30'], ['UEC3', 'green', '2024-12-31'], ['UEC4', 'not_rated', null]]],
      ['Elective', [['1', 'red', '2024-09-30'], ['2', 'green', '2025-03-31']]],
      ['Digital', [['D1', 'green', '2025-03-31'], ['D2', 'amber', '2024-11-30']]],
    ]);
    expect(cli.report.trackers.flatMap((t) => t.issues.map((i) => i.code))).not.toContain('missing_timeframe');
  });

  it('lists each chart as read for the time frames alike (Columns view, validate), and warns of an action with no marks at its row of the chart', async () => {
    const { original, cli, addin } = run();
    const letters = (from: string, to: string): string[] => Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
    const chart = (from: string, to: string) => Object.fromEntries(letters(from, to).map((l) => [l, 'timeline']));
    expect(addin.outcome.alsoRead).toEqual({ 'UEC plan': chart('D', 'O'), Elective: chart('D', 'G'), Digital: chart('D', 'I') });
    const dir = tempDir();
    writeFileSync(join(dir, 'in.xlsx'), new Uint8Array((await original.xlsx.writeBuffer()) as ArrayBuffer));
    const validate = await runCli(['validate', join(dir, 'in.xlsx'), '--as-of', AS_OF]);
    const charts = [...validate.stdout.matchAll(/also read: ([A-Z]{1,3}) "[^"]*" to ([A-Z]{1,3}) "[^"]*" \(Gantt chart, read as each action's time frame\)$/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(charts).toEqual(['D:O', 'D:G', 'D:I']);
    const unmarked = cli.report.trackers.flatMap((t) => t.issues).filter((i) => i.code === 'undated');
    expect(unmarked.map((i) => [i.sheet, i.cell, i.message])).toEqual([
      ['UEC plan', 'D7', 'No month is marked for this action in the Gantt chart (D7:O7), so it cannot be rated; mark the months it runs in, or add a due date column.'],
    ]);
    expect(validate.stdout).toContain(`'UEC plan'!D7 warning undated: ${unmarked[0]?.message ?? ''}`);
  });

  it('gives the same report and cells on the web, which reads in pieces', async () => {
    const { original, cli } = run();
    const webHost = await hostFor(original, { platform: 'web' });
    expect((await refreshOn(webHost, { asOf: AS_OF })).report).toEqual(cli.report);
    expect(changed(await printsOf(cli.saved), await printsOf(await savedFrom(webHost)))).toEqual([]);
  });

  it('writes the same RAG columns, right of each chart, and the same summary, in two round trips', async () => {
    const { cli, addin } = run();
    expect(changed(await printsOf(cli.saved), await printsOf(addin.saved))).toEqual([]);
    expect(changed(summaryValues(cli.saved) ?? new Map(), summaryValues(addin.saved) ?? new Map())).toEqual([]);
    expect(addin.host.stats.syncs).toBe(2);
    const header = (name: string, row: number, col: string): unknown => addin.saved.getWorksheet(name)?.getRow(row).getCell(col).value;
    expect([header('UEC plan', 2, 'Q'), header('Elective', 2, 'I'), header('Digital', 1, 'K')]).toEqual(['RAG', 'RAG', 'RAG']);
  });

  it('changes no user cell, on either path, and nothing when refreshed again', async () => {
    const { original, cli, addin } = run();
    const before = userPrints((await hostFor(original)).workbook, original);
    expect(changed(before, userPrints(addin.host.workbook, original))).toEqual([]);
    expect(changed(before, userPrints((await hostFor(cli.saved)).workbook, original))).toEqual([]);
    const first = cellPrints(addin.host.workbook);
    await refreshOn(addin.host, { asOf: AS_OF });
    expect(changed(first, cellPrints(addin.host.workbook))).toEqual([]);
    const again = await cliRefresh(cli.saved, ['--as-of', AS_OF]);
    expect(changed(await printsOf(cli.saved), await printsOf(again.saved))).toEqual([]);
  });
});
