import { findHeaderRow, readHeader } from '../../../src/core/detect/columns';
import { looksLikeData } from '../../../src/core/detect/headerChoice';
import { detectTracker } from '../../../src/core/detect/tracker';
import type { CellValue, SheetGrid, TableRegion } from '../../../src/core/types';

/*
 * Action plans exported from task tools (a SharePoint or Microsoft list, Planner, Project,
 * Smartsheet) head the task column with the tool's own word ("Title", "Name", "Task Name") and
 * the owner "Assigned To" or "Resource Names". Their data rows are sentences and dates whose
 * words can name more roles than the header does.
 */

const grid = (rows: CellValue[][], tables: TableRegion[] = []): SheetGrid => ({ name: 'List', rows, merges: [], tables, hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const table = (bottom: number, right: number): TableRegion => ({ name: 'Table1', range: { top: 0, left: 0, bottom, right }, hasHeaderRow: true, hasTotalsRow: false });

// The header's action column is headed by a word no tracker uses ("Heading"); the row under it
// names an action ("… action plans …"), a lead ("Quality Lead"), progress and a due date in its sentences.
const UNNAMED_ACTION: CellValue[][] = [
  ['Heading', 'Action owner', 'Due date', 'Status', 'RAG', 'Latest update', 'Modified', 'Created By', 'Item Type'],
  ['Practice-level action plans from GP Patient Survey results', 'Primary Care Quality Lead', date('2025-02-28'), 'In progress', 'Green', '09/12/2024: Template issued to practices; returns due end of Feb.', date('2024-12-09'), 'Sam Ellis', 'Item'],
  ['Recruit ARRS roles to full allocation', 'PCN Workforce Lead', date('2025-03-31'), 'In progress', 'Green', '12/02/2025: 94% of allocation committed.', date('2025-02-12'), 'Ruth Adeyemi', 'Item'],
];

describe('a row of an action\'s values under a row of labels', () => {
  it('is never the header, though its sentences name more roles than the labels do', () => {
    expect(findHeaderRow(UNNAMED_ACTION, 30)).toBeNull();
  });

  it('is told from a header by its dates, written dates, figures and sentences; a timeline header\'s months are labels', () => {
    expect(looksLikeData(UNNAMED_ACTION[1] ?? [])).toBe(true);
    expect(looksLikeData([4, '1.1.2', 'Modular build and internal fit-out', '40 days', 'Mon 29/07/24', 'Fri 27/09/24', '80%'])).toBe(true);
    expect(looksLikeData(['Ref', 'Action', 'Lead', 'Due date', 'Update (as at 31/03/2024)'])).toBe(false);
    expect(looksLikeData(['Action', 'Lead', date('2024-04-01'), date('2024-05-01'), date('2024-06-01')])).toBe(false);
    expect(looksLikeData(['Ref', 'Action', '', '', 'Lead', 'Due date'])).toBe(false);
  });

  it('is a warning when nothing better can be the header: the row is named, not read silently', () => {
    const rows: CellValue[][] = [
      ['Action plan refresh agreed at board', 'Quality Lead', date('2025-01-31'), 'Update circulated to the committee.'],
      ['Publish the carers strategy', 'Head of Patient Experience', date('2025-03-31'), 'Draft out for comment.'],
    ];
    const found = detectTracker(grid(rows), undefined);
    expect(found?.headerIndex).toBe(0);
    expect(found?.issues.find((i) => i.code === 'header_looks_like_data')).toMatchObject({ cell: 'A1', severity: 'warning' });
    expect(found?.issues.find((i) => i.code === 'header_looks_like_data')?.message).toMatch(/^Row 1 was taken as the header row/);
  });
});

describe('an Excel table on the sheet', () => {
  it('has its header on its first row: a row of its body is never the header, however many roles its words name', () => {
    // Short labels in the body name action, lead and status; the table's own header names only two roles.
    const rows: CellValue[][] = [['Heading', 'Owner', 'Due date'], ['Action log review', 'Quality lead', 'Status report'], ['Estates plan', 'Estates lead', 'Board paper']];
    expect(detectTracker(grid(rows, [table(2, 2)]), undefined)).toBeNull();
  });

  it('is read from its header when the task column is a list\'s "Title"', () => {
    const rows: CellValue[][] = [['Title', 'Action owner', 'Due date', 'Status', 'Latest update'], ...UNNAMED_ACTION.slice(1).map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null, r[3] ?? null, r[5] ?? null])];
    const found = detectTracker(grid(rows, [table(2, 4)]), undefined);
    expect(found?.headerIndex).toBe(0);
    expect(found?.columns).toMatchObject({ action: 0, lead: 1, timeframe: 2, status: 4 });
  });
});

describe('a task tool\'s name for the task column', () => {
  it('is the action: "Title", "Name", "Task Name" and "Summary", as the whole header', () => {
    expect(readHeader(['Title', 'Action owner', 'Due date']).columns.action).toBe(0);
    expect(readHeader(['ID', 'WBS', 'Name', 'Duration', 'Start', 'Finish', '% Complete']).columns).toMatchObject({ ref: 0, action: 2, timeframe: 5 });
    expect(readHeader(['Task Name', 'Start Date', 'End Date', 'Assigned To']).columns.action).toBe(0);
    expect(readHeader(['Key', 'Summary', 'Assignee', 'Due date']).columns).toMatchObject({ action: 1, lead: 2 });
  });

  it('never beats a real action column, and is then no rival to warn of', () => {
    const reading = readHeader(['Title', 'Action', 'Owner', 'Due date']);
    expect(reading.columns.action).toBe(1);
    expect(reading.duplicates).toEqual([]);
  });

  it('names nothing when qualified: "Job title", "Lead name", "Summary of progress"', () => {
    expect(readHeader(['Action', 'Job title']).columns).toEqual({ action: 0 });
    expect(readHeader(['Action', 'Lead name']).columns.action).toBe(0);
    expect(readHeader(['Action', 'Summary of progress']).columns.action).toBe(0);
  });
});

describe('the columns every task tool writes', () => {
  it('reads Planner\'s "Assigned To" as the lead and its "Bucket Name" as the group, not its "Priority"', () => {
    const header = ['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Created By', 'Created Date', 'Start Date', 'Due Date'];
    expect(readHeader(header).columns).toMatchObject({ ref: 0, action: 1, objective: 2, lead: 5, timeframe: 9 });
    expect(readHeader(['Task Name', 'Bucket', 'Priority', 'Assigned To']).columns.objective).toBe(1);
  });

  it('reads Project\'s "Resource Names" as the lead and its "Notes" as the status only where no other column is one', () => {
    expect(readHeader(['ID', 'Name', 'Finish', 'Resource Names', 'Notes']).columns).toMatchObject({ action: 1, lead: 3, status: 4 });
    const beside = readHeader(['Action', 'Lead', 'Update', 'Notes']);
    expect(beside.columns.status).toBe(2);
    expect(beside.extraStatus).toEqual([]);
    expect(beside.duplicates).toEqual([]);
  });
});

describe('a ref column holding one value down the sheet', () => {
  it('is no ref: a list\'s "Item Type" of "Item" on every row names no action', () => {
    const rows: CellValue[][] = [['Action', 'Action owner', 'Due date', 'Item Type'], ['Publish plan', 'Ann', '31/03/2025', 'Item'], ['Audit', 'Bo', '30/04/2025', 'Item'], ['Train staff', 'Cy', '31/05/2025', 'Item']];
    const found = detectTracker(grid(rows), undefined);
    expect(found?.columns).toMatchObject({ action: 0, lead: 1, timeframe: 2 });
    expect(found?.columns.ref).toBeUndefined();
  });

  it('stays the ref when its values tell the actions apart, opaque tool ids included', () => {
    const rows: CellValue[][] = [['Task ID', 'Task Name', 'Assigned To'], ['TkrsAbQ0', 'Publish plan', 'Ann'], ['TkstAbQ1', 'Audit', 'Bo'], ['TktuAbQ2', 'Train', 'Cy']];
    expect(detectTracker(grid(rows), undefined)?.columns.ref).toBe(0);
  });
});
