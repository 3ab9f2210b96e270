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
