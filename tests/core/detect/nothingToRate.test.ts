import { detectTracker } from '../../../src/core/detect/tracker';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A header row is a tracker's only when something on it rates or dates the action (SPEC 2.1, 8): a
 * lead, next steps, a time frame, a status (or flag), progress, confidence or the lead's RAG. A
 * contacts list ("Name | Organisation | Email") names a task tool's action and a group, and nothing
 * on it can be rated: accepted, it would roll a partner up as one Not rated action.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Sheet1', rows, merges: [], tables: [], hidden: false, protected: false });
const found = (header: CellValue[], row: CellValue[]) => detectTracker(grid([header, row, row.map((c) => (typeof c === 'string' ? `${c} 2` : c))]), undefined);

describe('a header row with nothing to rate the action by', () => {
  it.each([
    [['Name', 'Organisation', 'Email'], ['Jo Bloggs', 'Northshire ICB', 'jo@nhs.net']],
    [['Name', 'Organisation', 'Email', 'Phone'], ['Jo Bloggs', 'Northshire ICB', 'jo@nhs.net', '0161 000 0000']],
    [['Ref', 'Action', 'Objective'], ['1', 'Publish the strategy', 'Safe care']],
    [['Title', 'Site'], ['Ward refurbishment', 'North']],
  ])('%j is no tracker', (header, row) => {
    expect(found(header, row)).toBeNull();
  });
});

describe('trackers with only one column beside the action', () => {
  it.each([
    [['Action', 'Status'], ['Publish the strategy', 'On track']],
    [['Action', 'Due date'], ['Publish the strategy', '31/03/2027']],
    [['Action', 'Lead'], ['Publish the strategy', 'Director of Strategy']],
    [['Ambition', 'Progress', 'Confidence'], ['Every patient seen in 4 hours', '40%', 'High']],
    [['Name', 'Start', 'Finish'], ['Ward refurbishment', '01/01/2027', '31/03/2027']],
    [['Action', 'Open/Closed'], ['Publish the strategy', 'Open']],
  ])('%j is a tracker', (header, row) => {
    expect(found(header, row)).not.toBeNull();
  });
});
