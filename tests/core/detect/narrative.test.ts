import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { narrativeColumns } from '../../../src/core/detect/narrative';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });

describe('narrativeColumns: a "Progress" column of sentences is the update, not a percentage', () => {
  const header = ['Action', 'Lead', 'Deadline', 'Progress'];

  it('reads a Progress column of updates as the status column', () => {
    const rows = [header, ['Publish the plan', 'Ann', 'End of Dec 22', 'Draft shared with ELG'], ['Agree the budget', 'Raj', 'End of Oct 22', 'Completed']];
    expect(narrativeColumns(readHeader(header), rows, 0).columns).toEqual({ action: 0, lead: 1, timeframe: 2, status: 3 });
  });

  it('keeps it beside a status column that is there already, read as a further status column', () => {
    const withStatus = [...header, 'Status'];
    const rows = [withStatus, ['Publish the plan', 'Ann', 'End of Dec 22', 'Draft shared with ELG', 'On track']];
    const reading = narrativeColumns(readHeader(withStatus), rows, 0);
    expect(reading.columns).toEqual({ action: 0, lead: 1, timeframe: 2, status: 4 });
    expect(reading.extraStatus).toEqual([3]);
  });

  it.each<[string, CellValue[]]>([
    ['percentages', [0.5, '75%', 1]],
    ['High/Medium/Low', ['High', 'Medium', 'Low']],
    ['mostly figures with a stray note', [0.5, 0.25, 'see note']],
  ])('leaves a column of %s as progress', (_what, values) => {
    const rows = [header, ...values.map((v): CellValue[] => ['Publish the plan', 'Ann', 'End of Dec 22', v])];
    expect(narrativeColumns(readHeader(header), rows, 0).columns.progress).toBe(3);
  });

  it('leaves an empty column as it is', () => {
    expect(narrativeColumns(readHeader(header), [header, ['Publish the plan', 'Ann', 'End of Dec 22', null]], 0).columns.progress).toBe(3);
  });

  it.each<[string, CellValue[], number | undefined]>([
    ['levels', ['High', 'Medium', 'Low'], undefined],
    ['numbers', [1, 2, 3], undefined],
    ['names', ['Workforce', 'Finance', 'Quality'], 1],
  ])('drops a "Priority" column of %s as an objective, but keeps one of names', (_what, values, expected) => {
    const head = ['Recommendation', 'Priority', 'Responsible officer', 'Due date', 'Status'];
    const rows = [head, ...values.map((v): CellValue[] => ['Reconcile leavers monthly', v, 'Head of Payroll', '30/09/2023', 'Open'])];
    expect(narrativeColumns(readHeader(head), rows, 0).columns.objective).toBe(expected);
  });

  it('never overrides a confirmed mapping', () => {
    const rows = [header, ['Publish the plan', 'Ann', 'End of Dec 22', 'Draft shared with ELG']];
    const found = findHeader(grid(rows), { headerRow: 1, columns: { action: 'A', lead: 'B', timeframe: 'C', progress: 'D' } });
    expect(found?.reading.columns.progress).toBe(3);
  });

  it('rates by the words in it and raises no "not a number" problems', () => {
    const rows = [header, ['Publish the plan', 'Ann', 'End of Dec 22', 'Draft shared with ELG; on track'], ['Agree the budget', 'Raj', 'End of Oct 22', 'Completed']];
    const settings = defaultSettings('2022-11-03');
    const tracker = analyseSheet(grid(rows), settings, createParsers(settings));
    expect(tracker?.actions.map((a) => a.rating)).toEqual(['green', 'complete']);
    expect(tracker?.issues.filter((i) => i.code.startsWith('percent') || i.code === 'number_as_text')).toEqual([]);
  });
});

describe('narrativeColumns: a status column of flags beside a column of updates', () => {
  const header = ['Minute ref', 'Action', 'Owner', 'Due date', 'Status', 'Update'];
  const rows: CellValue[][] = [
    header,
    ['23/101', 'Circulate revised ToR', 'Company Secretary', '30/11/2023', 'Open', 'Draft circulated to members; comments due back 8 Dec'],
    ['23/102', 'Bring workforce report to next meeting', 'CPO', '14/12/2023', 'Closed', 'Report on the December agenda'],
    ['23/115', 'Review maternity dashboard metrics', 'CMO', '31/10/2023', 'Open', 'Delayed - awaiting data from BI team'],
  ];

  it('reads the updates as the status and the Open/Closed flags beside them, as a board action log has them', () => {
    const reading = narrativeColumns(readHeader(header), rows, 0);
    expect(reading.columns.status).toBe(5);
    expect(reading.extraStatus).toEqual([4]);
  });

  it('still closes an action its flag closes, and quotes the update as its latest', () => {
    const settings = defaultSettings('2023-12-01');
    const actions = analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];
    expect(actions.map((a) => a.rating)).toEqual(['red', 'complete', 'red']);
    expect(actions.map((a) => a.steps[0]?.statusText)).toEqual([rows[1]?.[5], rows[2]?.[5], rows[3]?.[5]]);
  });

  it('keeps a status column of statuses in words ("Partially implemented") beside a comments column', () => {
    const audit = ['Recommendation', 'Responsible officer', 'Due date', 'Status', 'Comments'];
    const auditRows: CellValue[][] = [audit, ['Reconcile leavers monthly', 'Head of Payroll', '31/12/2022', 'Partially implemented', 'Process in place from November; two months evidenced']];
    expect(narrativeColumns(readHeader(audit), auditRows, 0).columns.status).toBe(3);
  });
});
