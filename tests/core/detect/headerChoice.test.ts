import { findHeaderRow, readHeader } from '../../../src/core/detect/columns';
import { detectTracker } from '../../../src/core/detect/tracker';
import { rawActions } from '../../../src/core/detect/rows';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });

// A quality account's priorities: one row per priority, its lead, measure and quarterly RAGs beside it,
// under a heading per domain. No column is headed "Action".
const PRIORITIES: CellValue[][] = [
  ['Northshire Hospitals NHS Foundation Trust – Quality Account Priorities 2024/25'],
  ['No.', 'Quality priority', 'Executive lead', 'Measure', 'Baseline', 'Q1 RAG', 'Q1 commentary', 'Q2 RAG', 'Q2 commentary', 'Target date'],
  ['SAFETY – Patients are kept safe from avoidable harm'],
  ['S1', 'Reduce inpatient falls with moderate or severe harm', 'Chief Nurse', 'Falls per 1,000 bed days', 0.19, 'G', 'Falls group relaunched', 'A', 'Two severe harms in August. PSII commissioned.', '31/03/2025'],
  ['S2', 'Implement the GIRFT recommendations for orthopaedics', 'Chief Operating Officer', 'GIRFT actions completed (of 24)', 0, 'G', 'Action plan agreed', 'G', '15 of 24 complete; remaining 9 due by end of Q4', 'End of March 2025'],
  ['S3', 'Improve complaints response times', 'Chief Nurse', '% responded within 40 days', 54, 'R', 'Backlog of 112 complaints', 'A', 'Improved to 61%', '31/03/2025'],
];

describe('a priority column on a sheet naming no action column', () => {
  it('is read as the action: each row is a priority, with its lead and date beside it', () => {
    const found = detectTracker(grid(PRIORITIES), undefined);
    expect(found?.headerIndex).toBe(1);
    expect(found?.columns).toMatchObject({ ref: 0, action: 1, lead: 2, timeframe: 9 });
  });

  it('is read so for an "Improvement priority" or a bare "Priority" too, and stays the objective beside an action column', () => {
    expect(readHeader(['Ref', 'Improvement priority', 'Lead', 'Due date']).columns.action).toBe(1);
    expect(readHeader(['Priority', 'Exec lead', 'Target date', 'Update']).columns.action).toBe(0);
    expect(readHeader(['Quality priority', 'Action', 'Lead', 'Due date']).columns).toMatchObject({ objective: 0, action: 1 });
  });
});

describe('a row of figures and sentences under a row naming several roles', () => {
  it('is never the header, though its updates name an action and a deadline', () => {
    // "Detail" names no role, so the header row names ref, lead, time frame and status but no action.
    const rows: CellValue[][] = [
      ['Ref', 'Detail', 'Lead', 'Baseline', 'Target', 'Target date', 'Update'],
      ['1', 'Implement the GIRFT recommendations for orthopaedics', 'Chief Operating Officer', 0, 24, 'Mar-25', 'On track'],
      ['2', 'Deliver the carers passport', 'Head of Patient Experience', 0, 1, 'Action plan agreed', '15 of 24 complete; remaining 9 due by end of Q4'],
    ];
    expect(findHeaderRow(rows, 30)).toBeNull();
  });
});

describe('ref headers of assurance trackers', () => {
  it('reads "IEA" as the ref, as "IEA no." and "Standard no." are', () => {
    for (const header of ['IEA', 'IEA no.', 'Standard no.']) expect(readHeader([header, 'Action', 'Owner', 'Review date']).columns.ref).toBe(0);
  });

  it('reads the IEA headings in the ref column as the groups of the requirements under them', () => {
    const rows: CellValue[][] = [
      ['IEA', 'Action', 'Compliance', 'Owner', 'Review date', 'Comments'],
      ['IEA 1 – Enhanced safety'],
      ['1.1', 'Clinical change embedded with regional oversight', 'Compliant', 'Director of Midwifery', '31/03/2025', 'Accepted by LMNS'],
      ['IEA 2 – Listening to women and families'],
      ['2.1', 'Independent senior advocate role', 'Not compliant', 'Director of Midwifery', '31/01/2025', 'Descriptor awaited'],
    ];
    const found = detectTracker(grid(rows), undefined);
    expect(found).not.toBeNull();
    if (found === null) return;
    const actions = rawActions(rows, found);
    expect(actions.map((a) => [a.cells.ref?.[0]?.value, a.heading])).toEqual([
      ['1.1', 'IEA 1 – Enhanced safety'],
      ['2.1', 'IEA 2 – Listening to women and families'],
    ]);
  });
});
