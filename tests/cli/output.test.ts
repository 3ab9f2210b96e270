import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { defaultSettings } from '../../src/core/settings';
import type { SheetGrid } from '../../src/core/types';
import { columnLines } from '../../src/cli/output';

describe('columnLines: what `validate` says of the columns', () => {
  it('names each role\'s column with its header, then the columns read with them and why', () => {
    const grid: SheetGrid = {
      name: 'Quality plan',
      rows: [
        ['Quality improvement plan'],
        ['Action', 'Lead', 'Target date', 'Revised target date', 'Q1 update', 'Q2 update', 'RAG status'],
        ['Audit discharge letters', 'Medical Director', 'October 2022', null, 'Started', 'Delayed', 'Amber'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const { trackers } = analyseWorkbook([grid], defaultSettings('2022-11-03'));
    expect(columnLines(trackers)).toBe(
      'Quality plan columns: action A "Action", lead B "Lead", time frame C "Target date", status E "Q1 update"; ' +
        'also read: D "Revised target date" (revised dates), F "Q2 update" (dated update), G "RAG status" (beside the status)',
    );
  });

  it('names a plan\'s start column, read only to point out work not started after it', () => {
    const grid: SheetGrid = {
      name: 'Delivery',
      rows: [
        ['Ref', 'Deliverable', 'Lead', 'Planned start', 'Due date', 'Status'],
        ['D1', 'Roll out the frailty virtual ward', 'COO', 'September 2022', 'March 2023', 'Not started'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const { trackers } = analyseWorkbook([grid], defaultSettings('2022-11-03'));
    expect(columnLines(trackers)).toBe(
      'Delivery columns: ref A "Ref", action B "Deliverable", lead C "Lead", time frame E "Due date", status F "Status"; ' +
        'also read: D "Planned start" (planned start, checked against work not started)',
    );
  });

  it('names a column a two-row header splits by its label and group, as it was read', () => {
    const grid: SheetGrid = {
      name: 'Programme plan',
      rows: [
        ['Action', 'Lead', 'Timescale', null, 'Update'],
        [null, null, 'Start', 'End', null],
        ['Open the new ward', 'Director of Nursing', 'September 2022', 'March 2023', 'On track'],
      ],
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
      tables: [],
      hidden: false,
      protected: false,
    };
    const { trackers } = analyseWorkbook([grid], defaultSettings('2022-11-03'));
    expect(columnLines(trackers)).toBe('Programme plan columns: action A "Action", lead B "Lead", time frame D "End Timescale", status E "Update"');
  });
});

describe('columnLines on a Gantt chart read as the time frames', () => {
  const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
  const grid = (name: string, rows: SheetGrid['rows'], merges: SheetGrid['merges'] = []): SheetGrid => ({ name, rows, merges, tables: [], hidden: false, protected: false });

  it('names the chart once, by its first and last columns, as what gives each action its time frame', () => {
    const plan = grid(
      'Delivery plan',
      [
        ['Ref', 'Action', 'SRO', '2024/25', ...MONTHS.slice(1).map(() => null), 'Update'],
        [null, null, null, ...MONTHS, null],
        ['UEC1', 'Open a same day emergency care unit', 'Chief Operating Officer', 'X', 'X', 'X', ...MONTHS.slice(3).map(() => null), 'On track.'],
      ],
      [{ top: 0, bottom: 0, left: 3, right: 14 }],
    );
    const quarters = grid('ERF', [
      ['No.', 'Milestone', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Progress'],
      ['1', 'Community diagnostic centre extension live', 'COO', '✓', '✓', null, null, 'Build delayed'],
    ]);
    const { trackers } = analyseWorkbook([plan, quarters], defaultSettings('2024-11-20'));
    expect(columnLines(trackers).split('\n')).toEqual([
      'Delivery plan columns: ref A "Ref", action B "Action", lead C "SRO", status P "Update"; also read: D "Apr 2024/25" to O "Mar 2024/25" (Gantt chart, read as each action\'s time frame)',
      'ERF columns: ref A "No.", action B "Milestone", lead C "Lead", status H "Progress"; also read: D "Q1" to G "Q4" (Gantt chart, read as each action\'s time frame)',
    ]);
  });
});
