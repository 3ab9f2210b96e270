import { findHeader } from '../../../src/core/detect/tracker';
import { namesEarlierPoint } from '../../../src/core/detect/earlierStatus';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Improvement plan', rows, merges: [], tables: [], hidden: false, protected: false });

describe('a status column headed as of an earlier point gives way to a current one', () => {
  it.each([
    ['baseline status feb 25', true],
    ['previous rag', true],
    ['status at last meeting', true],
    ['last month s rag', true],
    ['last update', false],
    ['current status', false],
    ['latest update', false],
  ])('reads "%s" as earlier: %s', (norm, earlier) => {
    expect(namesEarlierPoint(norm)).toBe(earlier);
  });

  it('reads the current status, not the baseline, and leaves the baseline out of the dated updates', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Standard', 'Baseline position (Jan 25)', 'Action', 'Owner', 'Due', 'Current position'],
      ['1', 'Fire safety training', 'Not compliant', 'Book sessions for night staff', 'Fire Officer', 'Jun 2025', 'Sessions booked'],
    ];
    const reading = findHeader(grid(rows), undefined)?.reading;
    expect([reading?.columns.status, reading?.extraStatus.includes(2), reading?.updates]).toEqual([6, false, undefined]);
    const previous: CellValue[][] = [['Action', 'Lead', 'Due', 'Previous RAG', 'RAG', 'Update']];
    expect(findHeader(grid(previous), undefined)?.reading.columns.status).not.toBe(3);
    // Dated like an update, a baseline still starts no run of updates: the later update is the status.
    const dated: CellValue[][] = [['ID', 'Evidence item', 'Baseline status (Feb 25)', 'Action required', 'Owner', 'Due date', 'Update (May 25)', 'Current status']];
    const read = findHeader(grid(dated), undefined)?.reading;
    expect([read?.columns.status, read?.extraStatus, read?.updates]).toEqual([6, [7], undefined]);
  });
});
