import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/report';
import type { RefreshOutcome } from '../../src/excel/refresh';
import { modelFromExcelJs } from '../../src/host/exceljs/load';
import type { MemoryExcelHost } from '../../src/host/memory';
import { cli as runCli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { tempDir } from '../helpers/samples';
import { severalTables } from './fixtures';
import { cellPrints, changed, cliRefresh, hostFor, refreshOn, reread, savedFrom, savedPrints, summaryValues, userPrints } from './helpers';

/*
 * Add-in/command-line parity (SPEC 1 "Principles", 2.4, 7, 8, 10) for the tracker layouts the
 * detection learnt lately: quarterly RAG columns, a "Date completed" column, an archive section
 * under the live actions, count rows under a log, archive and template sheets beside live
 * trackers, a letterhead over the title, and several titled tables on one sheet. Each workbook is small and built here; the same
 * bytes go to `rag-tracker refresh` (in process) and to the add-in's refresh over the in-memory
 * Excel, and both must give the same report, write the same cells, rules and summary, leave every
 * user cell alone and change nothing when run again.
 */

/** A reporting date the fixtures' 2024/25 plans are rated at (helpers' AS_OF is for seed 004's 2022). */
const AS_OF = '2024-11-20';
const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** Adds a sheet of rows, a Date shown as a UK date as a lead would type one. */
function sheet(wb: ExcelJS.Workbook, name: string, rows: readonly (readonly ExcelJS.CellValue[])[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const values of rows) {
    const row = ws.addRow([...values]);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  return ws;
}

/** An ICS milestone plan: the SRO rates each milestone every quarter, beside each quarter's commentary. */
function quarterlyRatings(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'Milestones', [
    ['Workstream', 'Ref', 'Milestone', 'SRO', 'Due', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG', 'Q4 RAG', 'Q1 commentary', 'Q2 commentary', 'Q3 commentary', 'Q4 commentary'],
    ['Workforce', 'WF1', 'Reduce agency spend to 3.2% of the pay bill', 'Chief People Officer', 'Q4 2024/25', 'G', 'R', null, null, '4.1%.', '3.9%; medical agency still above cap.', null, null],
    ['Workforce', 'WF2', 'Launch the system-wide health and care academy', 'Chief People Officer', 'Q3 2024/25', 'R', 'G', null, null, 'Governance agreed.', 'Venue booked for the launch.', null, null],
    ['Digital', 'DG1', 'Shared care record for all providers', 'Chief Digital Officer', 'Q4 2024/25', 'A', null, null, null, 'Acute connected.', null, null, null],
  ]);
  return wb;
}

/** An IPC plan with real date cells, whose lead dated some actions done but left their status open. */
function dateCompleted(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'IPC plan', [
    ['No.', 'Action', 'Responsible', 'Target date', 'Status', 'Date completed', 'Comments'],
    [3, 'Replace sinks in ICU', 'Estates Manager', day('2024-10-31'), 'In progress', day('2024-11-08'), 'Works finished 8 Nov.'],
    [4, 'Roll out cleanliness star ratings', 'Head of Facilities', day('2024-09-30'), 'Open', '27/09/2024', null],
    [6, 'Train ward staff on wipes', 'IPC Nurse', day('2024-08-31'), 'Delayed', null, 'Supply issue.'],
    [7, 'Update outbreak policy', 'DIPC', day('2024-11-29'), 'Not started', 'N/A', null],
  ]);
  return wb;
}

const MATERNITY_HEADER = ['Ref', 'Action', 'Owner', 'Due date', 'Status'];

/** A maternity quality log whose closed actions sit under their own heading and repeated header. */
function archiveSection(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'Maternity', [
    MATERNITY_HEADER,
    ['MQ-31', 'Review falls on Ward 7', 'Ward Manager', day('2024-09-12'), 'Open'],
    ['MQ-35', 'Confirm discharge lounge cover', 'Clinical Director', day('2024-12-10'), 'Open'],
    [],
    [],
    ['Closed actions'],
    MATERNITY_HEADER,
    ['MQ-22', 'Share the pressure ulcer review', 'TV Lead', day('2024-06-13'), 'Closed'],
    ['MQ-24', 'Re-audit CTG training', 'Practice Educator', day('2024-07-31'), 'Closed'],
  ]);
  return wb;
}

/** A board action log with counts of its actions below it, one a COUNTIF, and a typed totals table beside it. */
function countRows(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const log = sheet(wb, 'Board log', [
    ['Meeting date', 'Item', 'Action', 'Owner', 'Due date', 'Update', 'Status'],
    [day('2024-09-05'), 'TB24/090', 'Report back on the ED 12-hour breach harm reviews', 'COO', day('2024-11-07'), 'Verbal update given', 'Open'],
    [day('2024-11-07'), 'TB24/105', 'Benchmark vacancy rates against peer trusts', 'Director of People', day('2025-01-09'), null, 'Open'],
    [],
    ['Open actions', null, null],
    ['Overdue actions', null, 1],
  ]);
  // What Excel saves for a formula: the formula and its last result, which both paths read.
  log.getCell('C5').value = { formula: 'COUNTIF(G2:G3,"Open")', result: 2 };
  sheet(wb, 'Workstreams', [
    ['Action', 'Lead', 'Open', 'Closed'],
    ['Publish the plan', 'Ann', 1, 0],
    ['Agree the terms of reference', 'Bo', 0, 1],
    ['Total', null, 12, 7],
  ]);
  return wb;
}

const GOVERNANCE_HEADER = ['Ref', 'Source', 'Action', 'Action owner', 'Date raised', 'Target date', 'Progress / update', 'Status'];

/** A divisional tracker: a sheet per directorate, a blank template to copy, closed actions archived on their own sheet. */
function setAsideSheets(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'Template', [['Directorate action tracker – TEMPLATE (copy this sheet)'], [], GOVERNANCE_HEADER]);
  sheet(wb, 'Medicine', [['Medicine Directorate – Governance Action Tracker'], GOVERNANCE_HEADER, ['MED-002', 'Serious incident', 'Add a sepsis prompt to the AMU board round template', 'Sister J Brown', '12/07/2024', '31/12/2024', 'Template drafted', 'Open']]);
  sheet(wb, 'Surgery', [['Surgery Directorate – Governance Action Tracker'], GOVERNANCE_HEADER, ['SUR-006', 'Serious incident', 'Introduce a retained swab count training session', 'Theatre Practice Educator', '02/10/2024', '30/11/2024', 'Content agreed', 'Open']]);
  sheet(wb, 'Closed actions', [['Closed actions – archive'], GOVERNANCE_HEADER, ['MED-001', 'Audit', 'Re-audit consent forms in endoscopy', 'Endoscopy Lead', '02/11/2023', '29/02/2024', 'Re-audit 97% compliant.', 'Closed']]);
  return wb;
}

const AUDIT_TITLE = 'Internal Audit Recommendations Tracker 2024/25';

/** An audit tracker under the trust's letterhead (merged across the table), its title on the row beneath. */
function letterhead(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, 'Audit', [
    ['Northshire Hospitals NHS Foundation Trust'],
    [AUDIT_TITLE],
    [],
    ['Ref', 'Recommendation', 'Lead', 'Due date', 'Update'],
    ['IA-01', 'Reconcile the asset register to the ledger quarterly', 'Head of Financial Control', day('2024-12-31'), 'Q2 reconciliation done'],
    ['IA-02', 'Review user access to the e-rostering system', 'Director of People', day('2024-10-31'), 'Delayed by the system upgrade'],
  ]);
  ws.mergeCells('A1:E1');
  return wb;
}

/** A GIRFT action plan whose leads keep their own "RAG" column beside the update, as most trackers do. */
function leadRag(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'GIRFT', [
    ['Ref', 'Recommendation', 'Lead', 'Due date', 'Progress update', 'RAG'],
    ['G1', 'Ring-fence elective orthopaedic beds', 'Divisional Director', day('2024-12-31'), 'Business case at investment committee', 'Amber'],
    ['G2', 'Report hip fracture outcomes to the board quarterly', 'Clinical Lead', day('2025-03-31'), 'Q2 report presented', 'Green'],
  ]);
  return wb;
}

/** A log of six actions with its header printed again `repeats` times among them (as after page breaks): the same actions, more header rows. */
function pagedLog(repeats: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const actions = [1, 2, 3, 4, 5, 6].map((n): ExcelJS.CellValue[] => [`L${n}`, `Action number ${n} of the log`, 'Director of Nursing', day('2024-12-31'), 'On track']);
  const rows: ExcelJS.CellValue[][] = [MATERNITY_HEADER];
  actions.forEach((row, i) => rows.push(...(i > 0 && i <= repeats ? [MATERNITY_HEADER, row] : [row])));
  sheet(wb, 'Log', rows);
  return wb;
}

/** Both refreshes of one workbook, and what each left behind. */
interface Refreshed {
  original: ExcelJS.Workbook;
  cli: { report: Report; saved: ExcelJS.Workbook };
  addin: { outcome: RefreshOutcome; host: MemoryExcelHost; saved: ExcelJS.Workbook };
}

async function refreshBoth(original: ExcelJS.Workbook): Promise<Refreshed> {
  const cli = await cliRefresh(original, ['--as-of', AS_OF]);
  const host = await hostFor(original);
  const outcome = await refreshOn(host, { asOf: AS_OF });
  // The command line's report is parsed JSON; the schema check below holds it to Report's shape.
  return { original, cli: { report: cli.report as unknown as Report, saved: cli.saved }, addin: { outcome, host, saved: await savedFrom(host) } };
}

/** A user cell print of a workbook as Excel would hold it: every cell a refresh does not own (helpers' ownedBy). */
async function userCellsOf(wb: ExcelJS.Workbook, original: ExcelJS.Workbook): Promise<Map<string, string>> {
  return userPrints((await hostFor(wb)).workbook, original);
}

/**
 * savedPrints of a workbook as read from its bytes: ExcelJS's writer adds bookkeeping (a dxfId
 * per rule) to the workbook it writes, so a workbook already handed to a refresh prints differently.
 */
async function printsOf(wb: ExcelJS.Workbook): Promise<Map<string, string>> {
  return savedPrints(await reread(wb));
}

/** A rating per action ref, in sheet order, for feature checks that read as the plan does. */
function ratings(report: Report): Record<string, string>[] {
  return report.trackers.map((t) => Object.fromEntries(t.actions.map((a) => [a.ref ?? a.action, a.rating])));
}

/**
 * The checks every layout goes through (SPEC 1, 2.4, 10), then the feature's own.
 * The refreshes run once per layout; each check reads what they left.
 */
function describeParity(layout: string, build: () => ExcelJS.Workbook, feature: (run: () => Refreshed) => void): void {
  describe(layout, () => {
    let refreshed: Refreshed | undefined;
    const run = (): Refreshed => {
      if (refreshed === undefined) throw new Error('the refreshes did not run');
      return refreshed;
    };
    beforeAll(async () => {
      refreshed = await refreshBoth(build());
    }, 30_000);

    it('gives the same JSON report in the add-in as on the command line, on desktop and on the web', async () => {
      const { original, cli, addin } = run();
      expectValidReport(cli.report);
      expect(addin.outcome.report).toEqual(cli.report);
      // The web reads and writes in payload-sized pieces: the answer and the cells must not depend on them.
      const webHost = await hostFor(original, { platform: 'web' });
      const web = await refreshOn(webHost, { asOf: AS_OF });
      expect(web.report).toEqual(cli.report);
      expect(changed(await printsOf(cli.saved), await printsOf(await savedFrom(webHost)))).toEqual([]);
    });

    it('writes the same RAG columns, colour rules, key, settings, history and summary', async () => {
      const { cli, addin } = run();
      expect(changed(await printsOf(cli.saved), await printsOf(addin.saved))).toEqual([]);
      const summary = summaryValues(cli.saved);
      expect(summary?.size ?? 0).toBeGreaterThan(0);
      expect(changed(summary ?? new Map(), summaryValues(addin.saved) ?? new Map())).toEqual([]);
    });

    it('reads and writes in two round trips on desktop, first time and on a workbook already refreshed', async () => {
      const { cli, addin } = run();
      expect(addin.host.stats.syncs).toBe(2);
      const again = await hostFor(cli.saved);
      await refreshOn(again, { asOf: AS_OF });
      expect(again.stats.syncs).toBe(2);
    });

    it('changes no user cell, on either path', async () => {
      const { original, cli, addin } = run();
      const before = await userCellsOf(original, original);
      expect(changed(before, userPrints(addin.host.workbook, original))).toEqual([]);
      expect(changed(before, await userCellsOf(cli.saved, original))).toEqual([]);
    });

    it('changes nothing when refreshed again, on either path, and each reads the other\'s output alike', async () => {
      const { cli, addin } = run();
      const first = cellPrints(addin.host.workbook);
      await refreshOn(addin.host, { asOf: AS_OF });
      expect(changed(first, cellPrints(addin.host.workbook))).toEqual([]);
      const again = await cliRefresh(cli.saved, ['--as-of', AS_OF]);
      expect(changed(await printsOf(cli.saved), await printsOf(again.saved))).toEqual([]);
      expect(changed(summaryValues(cli.saved) ?? new Map(), summaryValues(again.saved) ?? new Map())).toEqual([]);
      const adapterOnCli = await refreshOn(await hostFor(cli.saved), { asOf: AS_OF });
      expect(adapterOnCli.report).toEqual((await cliRefresh(addin.saved, ['--as-of', AS_OF])).report);
    });

    feature(run);
  });
}

describe('parity for the layouts detection learnt lately: the add-in and `rag-tracker refresh` agree', () => {
  describeParity('quarterly RAG columns (Q1 RAG..Q4 RAG) beside quarterly commentary', quarterlyRatings, (run) => {
    it('rates each milestone by its latest quarter\'s RAG in both, and lists every quarter as read alike (Columns view, validate)', async () => {
      const { original, cli, addin } = run();
      expect(ratings(cli.report)).toEqual([{ WF1: 'red', WF2: 'green', DG1: 'amber' }]);
      expect(addin.outcome.alsoRead).toEqual({ Milestones: { F: 'rating', G: 'rating', H: 'rating', I: 'rating', K: 'update', L: 'update', M: 'update' } });
      const dir = tempDir();
      writeFileSync(join(dir, 'in.xlsx'), new Uint8Array((await original.xlsx.writeBuffer()) as ArrayBuffer));
      const validate = await runCli(['validate', join(dir, 'in.xlsx'), '--as-of', AS_OF]);
      const listed = /also read: (.*)$/m.exec(validate.stdout)?.[1] ?? '';
      expect([...listed.matchAll(/\b([A-Z]{1,3}) "/g)].map((m) => m[1])).toEqual(Object.keys(addin.outcome.alsoRead.Milestones ?? {}));
    });

    it('keeps the quarters\' RAG headers as the lead\'s columns, never the product\'s own RAG column', () => {
      const { addin } = run();
      const header = addin.saved.getWorksheet('Milestones')?.getRow(1);
      expect(header?.getCell('F').value).toBe('Q1 RAG');
      expect(header?.getCell('N').value).toBe('RAG');
    });
  });

  describeParity('a "Date completed" column of real date cells', dateCompleted, (run) => {
    it('closes an action dated done in both, whether the date is a date cell or typed', () => {
      expect(ratings(run().cli.report)).toEqual([{ '3': 'complete', '4': 'complete', '6': 'red', '7': 'amber' }]);
    });
  });

  describeParity('a header repeated under a "Closed actions" heading', archiveSection, (run) => {
    it('ends the live tracker there in both, and writes no rating beside the archived actions', () => {
      const { cli, addin } = run();
      expect(cli.report.trackers.flatMap((t) => t.actions.map((a) => a.ref))).toEqual(['MQ-31', 'MQ-35']);
      expect(cli.report.trackers[0]?.issues.map((i) => [i.code, i.cell])).toContainEqual(['archive_section', 'A6']);
      for (const saved of [cli.saved, addin.saved]) {
        const ws = saved.getWorksheet('Maternity');
        expect([8, 9].map((r) => ws?.getRow(r).getCell('F').value ?? null)).toEqual([null, null]);
      }
    });
  });

  describeParity('count rows under a log (a count in the action column, a "Total" row)', countRows, (run) => {
    it('rates the actions only in both, and keeps the COUNTIF as a formula', () => {
      const { cli, addin } = run();
      expect(cli.report.trackers.map((t) => [t.sheet, t.actions.map((a) => a.row)])).toEqual([
        ['Board log', [2, 3]],
        ['Workstreams', [2, 3]],
      ]);
      for (const saved of [cli.saved, addin.saved]) expect(saved.getWorksheet('Board log')?.getCell('C5').formula).toBe('COUNTIF(G2:G3,"Open")');
    });
  });

  describeParity('an archive sheet ("Closed actions") and a blank "Template" beside live trackers', setAsideSheets, (run) => {
    it('rates the live sheets only in both, names the archive once, and adds nothing to the set-aside sheets', async () => {
      const { cli, addin } = run();
      expect(cli.report.trackers.map((t) => t.sheet)).toEqual(['Medicine', 'Surgery']);
      expect(cli.report.issues.map((i) => [i.sheet, i.code])).toEqual([['Closed actions', 'archive_sheet']]);
      expect(addin.outcome.written).toEqual(['Medicine', 'Surgery']);
      for (const name of ['Template', 'Closed actions']) {
        const onSheet = (sheetName: string): boolean => sheetName === name;
        expect(changed(cellPrints(modelFromExcelJs(run().original), onSheet), cellPrints(addin.host.workbook, onSheet))).toEqual([]);
        const rules = (await printsOf(run().original)).get(`${name}!formats`);
        for (const saved of [cli.saved, addin.saved]) expect((await printsOf(saved)).get(`${name}!formats`)).toBe(rules);
      }
    });
  });

  describeParity('a letterhead row above the title', letterhead, (run) => {
    it('names the summary by the title under the letterhead in both', () => {
      const { cli, addin } = run();
      expect(addin.outcome.summary.name).toBe(AUDIT_TITLE);
      expect(summaryValues(cli.saved)?.get('A1')).toBe(JSON.stringify(`RAG Summary: ${AUDIT_TITLE}`));
      expect(cli.report.trackers.map((t) => t.headerRow)).toEqual([4]);
    });
  });

  describeParity('several tables on one sheet, each under its title and its own header, then an archive', severalTables, (run) => {
    it('labels the product\'s columns in bold on both tables\' headers in both, and leaves the archive\'s header alone', () => {
      const { cli, addin } = run();
      expect(cli.report.trackers.flatMap((t) => t.actions.map((a) => a.ref))).toEqual(['W1', 'W2', 'D1', 'D2']);
      const words = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'];
      for (const saved of [cli.saved, addin.saved]) {
        const ws = saved.getWorksheet('Programme actions');
        // findCell: getCell would add the cells it is asked for, which the later checks compare.
        const at = (row: number): { value: unknown; bold: boolean }[] => words.map((_, c) => ws?.findCell(row, 6 + c)).map((cell) => ({ value: cell?.value ?? null, bold: cell?.font?.bold === true }));
        for (const row of [2, 7]) expect(at(row)).toEqual(words.map((value) => ({ value, bold: true })));
        for (const row of [6, 12]) expect(at(row).map((c) => c.value)).toEqual([null, null, null, null, null]);
      }
    });

    it('writes the same cells below ExcelApi 1.9, where each header row is emboldened on its own', async () => {
      const { original, cli } = run();
      const old = await hostFor(original, { apiVersion: '1.7' });
      await refreshOn(old, { asOf: AS_OF });
      const saved = await savedFrom(old);
      // The colour key's note on the RAG header (F2) needs ExcelApi 1.18 (REQUIREMENTS.md): F2 differs by it alone.
      expect(changed(await printsOf(cli.saved), await printsOf(saved))).toEqual(['Programme actions!F2']);
      const f2 = saved.getWorksheet('Programme actions')?.findCell(2, 6);
      expect([f2?.value, f2?.font?.bold]).toEqual(['RAG', true]);
    });

    it('emboldens any number of repeated headers in as many format calls as one header (getRanges)', async () => {
      const calls = async (repeats: number, apiVersion: string): Promise<number> => {
        const host = await hostFor(pagedLog(repeats), { apiVersion });
        await refreshOn(host, { asOf: AS_OF });
        return host.stats.formatCalls;
      };
      expect(await calls(5, '1.18')).toBe(await calls(0, '1.18'));
      // Below 1.9 a call per header row: a handful on a sheet of a few tables.
      expect(await calls(5, '1.7')).toBe((await calls(0, '1.7')) + 5);
    });
  });

  describe('a lead\'s own "RAG" column beside the update', () => {
    it('is read as the lead\'s rating alike in both, and kept on the first refresh', async () => {
      const original = leadRag();
      const { cli, addin } = await refreshBoth(original);
      expect(addin.outcome.report).toEqual(cli.report);
      expect(changed(await printsOf(cli.saved), await printsOf(addin.saved))).toEqual([]);
      expect(changed(await userCellsOf(original, original), userPrints(addin.host.workbook, original))).toEqual([]);
    });

    // Once the product's RAG and RAG reason columns stand on the header row, only the "RAG" just
    // left of RAG reason is the product's: the lead's own "RAG" (F here) must not be written over.
    it('leaves the lead\'s column alone on a second refresh, on either path', async () => {
      const original = leadRag();
      const { cli, addin } = await refreshBoth(original);
      const lead = (wb: ExcelJS.Workbook): unknown[] => [2, 3].map((r) => wb.getWorksheet('GIRFT')?.getRow(r).getCell('F').value);
      expect(lead(cli.saved)).toEqual(['Amber', 'Green']);
      await refreshOn(addin.host, { asOf: AS_OF });
      expect(lead(await savedFrom(addin.host))).toEqual(['Amber', 'Green']);
      expect(lead((await cliRefresh(cli.saved, ['--as-of', AS_OF])).saved)).toEqual(['Amber', 'Green']);
    });
  });
});
