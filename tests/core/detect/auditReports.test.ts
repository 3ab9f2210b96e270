import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { findHeader } from '../../../src/core/detect/tracker';
import { matchRoles } from '../../../src/core/detect/headers';
import { buildReport } from '../../../src/core/report';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryTables } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An internal-audit recommendations tracker lists the recommendations of several audit reports
 * on one sheet, numbered afresh in each: the report column groups them (the objective role,
 * SPEC 2.2), so the board sees each report's position, not one Total row.
 */

const settings = defaultSettings('2024-10-01');
const header = (first: string): string[] => [first, 'Ref', 'Priority', 'Recommendation', 'Agreed management action', 'Responsible officer', 'Original date', 'Revised date', 'Status'];

function grid(rows: CellValue[][]): SheetGrid {
  return { name: 'Audit recommendations', rows, merges: [], tables: [], hidden: false, protected: false };
}

function tracker(first: string) {
  const rows: CellValue[][] = [
    header(first),
    ['Data security 2023/24', '1', 'High', 'Patch servers monthly', 'Adopt a patching schedule', 'CIO', '31/03/2024', '30/06/2024', 'Open'],
    [null, '2', 'Medium', 'Review leavers’ access', 'Monthly access review', 'CIO', '31/03/2024', null, 'Implemented'],
    ['Payroll 2023/24', '1', 'Low', 'Reconcile overpayments', 'Quarterly reconciliation', 'DoF', '30/09/2024', null, 'Open'],
    ['Payroll 2023/24', '2', 'High', 'Segregate duties', 'Split input and approval', 'DoF', '31/12/2024', null, 'In progress'],
    ['Risk management', '1', 'Medium', 'Refresh the risk policy', 'Policy to Audit Committee', 'Trust Secretary', '31/12/2024', null, 'Open'],
  ];
  const analysis = analyseWorkbook([grid(rows)], settings);
  return { analysis, tracker: analysis.trackers[0], rows };
}

describe('a column naming the audit report is the grouping of the recommendations under it', () => {
  it.each(['Audit report', 'Audit', 'Audit title', 'Report title', 'Review', 'Internal audit report', 'Source report', 'Review (report name)'])(
    'reads "%s" as the objective, beside the recommendation, with the priority no rival',
    (first) => {
      const { tracker: t, rows } = tracker(first);
      // Changed on purpose: the recommendation, not management's answer to it, is the action (recommendationAsAction).
      expect(t?.columns).toMatchObject({ objective: 0, ref: 1, action: 3, lead: 5 });
      expect(findHeader(grid(rows), undefined)?.reading.duplicates).toEqual([]);
      expect(t?.issues.filter((i) => i.code === 'duplicate_column')).toEqual([]);
    },
  );

  it('gives each action its report, carried down a blank cell, and repeats no ref within a report', () => {
    const { tracker: t } = tracker('Audit report');
    expect(t?.actions.map((a) => [a.objective, a.ref])).toEqual([
      ['Data security 2023/24', '1'],
      ['Data security 2023/24', '2'],
      ['Payroll 2023/24', '1'],
      ['Payroll 2023/24', '2'],
      ['Risk management', '1'],
    ]);
  });

  it('rolls up per report in the report’s groups and the board paper’s Table One', () => {
    const { analysis, tracker: t } = tracker('Audit');
    const groups = buildReport(analysis, settings).trackers[0]?.groups.filter((g) => g.objective !== null);
    expect(groups?.map((g) => [g.objective, g.actions])).toEqual([
      ['Data security 2023/24', 2],
      ['Payroll 2023/24', 2],
      ['Risk management', 1],
    ]);
    const tableOne = summaryTables(summaryModel(t === undefined ? [] : [t], settings)).tableOne.rows.map((r) => [r.cells[0]?.text, r.total]);
    expect(tableOne).toEqual([
      ['Data security 2023/24', false],
      ['Payroll 2023/24', false],
      ['Risk management', false],
      ['Total', true],
    ]);
  });

  it('leaves a priority of words, a strategy’s grouping, the objective over a bare "Audit" (same score, earlier synonym)', () => {
    const rows: CellValue[][] = [
      ['Audit', 'Priority', 'Action', 'Lead', 'Due date', 'Status'],
      ['2023/24', 'Priority 1: Improve access', 'Open the hub', 'COO', '31/12/2024', 'On track'],
      ['2023/24', 'Priority 2: Grow our workforce', 'Launch the bank', 'CPO', '31/12/2024', 'On track'],
    ];
    expect(findHeader(grid(rows), undefined)?.reading.columns.objective).toBe(1);
  });
});

describe('where "Report" or "Review" means something else, it is no report column', () => {
  it.each([
    ['Report to', 'a meeting the action reports to'],
    ['Reported by', 'who raised it'],
    ['Next review', 'a date'],
    ['Last review', 'a date'],
    ['Clinical audit', 'a topic'],
    ['Audit trail', 'a record'],
  ])('reads "%s" (%s) as no objective', (text) => {
    expect(matchRoles(text).map((m) => m.role)).not.toContain('objective');
    expect(readHeader(['Ref', 'Action', 'Lead', text, 'Due date', 'Status']).columns.objective).toBeUndefined();
  });

  it.each([
    ['review dates', [{ kind: 'date', iso: '2024-12-01' }, { kind: 'date', iso: '2025-01-05' }]],
    ['typed review dates', ['01/12/2024', '05/01/2025']],
    ['how often it is reviewed', ['Monthly', 'Quarterly']],
    ['whether it was reviewed', ['Yes', 'No']],
  ] as [string, CellValue[]][])('groups nothing by a "Review" column of %s', (_what, values) => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due date', 'Review', 'Status'],
      ['1', 'Publish the plan', 'Ann', '31/12/2024', values[0] ?? null, 'On track'],
      ['2', 'Agree the ToR', 'Bo', '30/11/2024', values[1] ?? null, 'Complete'],
    ];
    const t = analyseWorkbook([grid(rows)], settings).trackers[0];
    expect(t?.columns.objective).toBeUndefined();
    expect(t?.groups.map((g) => g.objective)).toEqual([null]);
  });

  it('reads "Review date" as the time frame when no column names the deadline', () => {
    expect(readHeader(['Ref', 'Action', 'Lead', 'Review date', 'Status']).columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 3, status: 4 });
  });

  it.each(['Action review', 'Review action', 'Audit action', 'Audit report recommendation', 'Action from audit report'])(
    'leaves the action column "%s" the action',
    (text) => {
      const r = readHeader(['Ref', text, 'Lead', 'Due date', 'Status']);
      expect(r.columns.action).toBe(1);
      expect(r.columns.objective).toBeUndefined();
    },
  );

  it('keeps a strategy’s Theme the objective beside a bare "Review" column, reporting the rival (SPEC 2.2)', () => {
    const r = readHeader(['Theme', 'Action', 'Lead', 'Due date', 'Review']);
    expect(r.columns.objective).toBe(0);
    expect(r.duplicates).toEqual([['objective', 0, 4]]);
  });
});
