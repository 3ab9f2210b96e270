import { findHeader } from '../../../src/core/detect/tracker';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'GIRFT', rows, merges: [], tables: [], hidden: false, protected: false });

// A GIRFT action plan: the recommendation, where the service stands now, then what it will do about it.
const HEADER = ['No.', 'GIRFT recommendation', 'Current position', 'Action required', 'Clinical lead', 'Target date', 'Progress', 'RAG'];
const ROWS: CellValue[][] = [
  ['1', 'Ring-fence the elective orthopaedic ward', 'Elective beds used for medical outliers 20% of the time.', 'Agree a ring-fencing policy with the site team', 'Mr D Shah', '31/10/2024', 'Policy agreed; compliance 85% in October.', 'Amber'],
  ['3', 'Enhanced recovery for hip and knee replacement', 'ERAS in place but length of stay 4.2 days.', 'Relaunch the joint school', 'Mr D Shah', '31/03/2025', 'Joint school relaunched in September.', 'Green'],
];

describe('a column of sentences left of the action describes the situation, not progress', () => {
  it('is not read as the status: the progress column right of the action is, with the RAG beside it', () => {
    const reading = findHeader(grid([HEADER, ...ROWS]), undefined)?.reading;
    expect(reading?.columns.action).toBe(3);
    expect(reading?.columns.status).toBe(6);
    expect(reading?.extraStatus).toEqual([7]);
  });

  it('is still the status when no status-like column sits right of the action', () => {
    const header = ['Ref', 'Current position', 'Action', 'Lead', 'Due date'];
    const rows = [header, ['1', 'Draft policy shared with the ward managers', 'Publish the policy', 'Ann', '31/01/2025']];
    expect(findHeader(grid(rows), undefined)?.reading.columns.status).toBe(1);
  });

  it('keeps a flag column left of the action (Status: Open/Closed first) read beside the update', () => {
    const header = ['Status', 'Ref', 'Action', 'Lead', 'Due date', 'Update'];
    const rows = [header, ['Open', '1', 'Publish the policy', 'Ann', '31/01/2025', 'Draft shared with the ward managers'], ['Closed', '2', 'Train staff', 'Bo', '31/10/2024', 'All wards trained in October']];
    const reading = findHeader(grid(rows), undefined)?.reading;
    expect(reading?.columns.status).toBe(5);
    expect(reading?.extraStatus).toEqual([0]);
  });
});
