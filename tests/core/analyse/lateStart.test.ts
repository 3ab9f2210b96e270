import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A plan's "Start | End" pair is rated on the end (SPEC 5.1 has no start rule); work still reported
 * not started after its start date is pointed out at the start cell, never re-rated. Read on 16 Dec 2024.
 */

const settings = defaultSettings('2024-12-16');
const HEADER = ['Ref', 'Deliverable', 'Start', 'End', 'Status'];
const date = (iso: string): CellValue => ({ kind: 'date', iso });

function analysed(rows: CellValue[][], header: CellValue[] = HEADER) {
  const grid: SheetGrid = { name: 'Delivery Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseWorkbook([grid], settings).trackers[0];
  return {
    rated: (tracker?.actions ?? []).map((a) => [a.ref, a.status, a.rating]),
    late: (tracker?.issues ?? []).filter((i) => i.code === 'late_start').map((i) => [i.cell, i.severity, i.message]),
  };
}

describe('work reported not started after its start date', () => {
  const read = analysed([
    ['DT07', 'Closed-loop blood tracking', date('2024-09-01'), date('2025-01-10'), 'Not started'],
    ['DT02', 'Scale VW tech to heart failure', 'Oct 2024', date('2025-03-31'), 'Not started'],
    // Left alone: a start still to come; work under way; a start not given.
    ['SC02', 'Community pharmacy read access', date('2025-01-06'), date('2025-06-30'), 'Not started'],
    ['DT03', 'Online consultation tool', date('2024-04-01'), date('2025-03-31'), 'On track'],
    ['DT05', 'Device lending scheme', null, date('2025-03-31'), 'Not started'],
  ]);

  it('is warned of at the start cell', () => {
    expect(read.late).toEqual([
      ['C2', 'warning', 'This action was due to start 1 Sep 2024 but is reported not started; start it, or record a revised start date.'],
      ['C3', 'warning', 'This action was due to start 1 Oct 2024 but is reported not started; start it, or record a revised start date.'],
    ]);
  });

  it('keeps its rating, which follows the end date', () => {
    expect(read.rated).toEqual([
      ['DT07', 'not_started', 'green'],
      ['DT02', 'not_started', 'green'],
      ['SC02', 'not_started', 'green'],
      ['DT03', 'on_track', 'green'],
      ['DT05', 'not_started', 'green'],
    ]);
  });
});

describe("a lead's colour beside an update reporting the work not started", () => {
  // The lead's "A" rates the action at risk, but the update still says the work has not begun.
  const read = analysed(
    [
      ['DT07', 'Closed-loop blood tracking', date('2024-09-01'), date('2025-03-31'), 'A', 'Not started'],
      ['DT08', 'Theatre scheduling tool', date('2024-09-01'), date('2025-03-31'), 'G', 'Supplier engaged, on track'],
      ['DT09', 'Ward tablets', date('2024-09-01'), date('2024-11-30'), 'C', 'Not started; delivered through the estates scheme instead'],
    ],
    ['Ref', 'Deliverable', 'Start', 'End', 'RAG', 'Update'],
  );

  it('is still warned of at the start cell', () => {
    expect(read.late.map(([cell]) => cell)).toEqual(['C2']);
  });

  it('keeps the rating the colour gives', () => {
    expect(read.rated[0]).toEqual(['DT07', 'at_risk', 'amber']);
  });
});
