import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { matchRole } from '../../../src/core/detect/headers';
import { defaultSettings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid, Tracker } from '../../../src/core/types';

const date = (iso: string): CellValue => ({ kind: 'date', iso });
const across = (row: number, left: number, right: number): CellRange => ({ top: row, bottom: row, left, right });

function analyse(rows: CellValue[][], merges: CellRange[] = []): Tracker | undefined {
  const grid: SheetGrid = { name: 'Tracker', rows, merges, tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], defaultSettings('2025-01-15')).trackers[0];
}

/** Each role's column by its header, as the Columns view shows them. */
const named = (t: Tracker | undefined) => Object.fromEntries(Object.entries(t?.columns ?? {}).map(([role, col]) => [role, t?.headers[col]]));

describe('an internal audit recommendations tracker, followed up by the audit committee', () => {
  const rows: CellValue[][] = [
    ['Northshire Hospitals NHS Foundation Trust'],
    ['Internal Audit Recommendations Tracker – Audit and Risk Committee, January 2025'],
    [],
    ['Ref', 'Finding', 'Priority', 'Agreed management action', 'Responsible officer', 'Original implementation date', 'Revised implementation date', 'No. of extensions', 'Status', 'Evidence/Update'],
    ['IA24/03.1', 'Leavers keep network access for weeks.', 'High', 'Automated leaver feed from ESR to IT.', 'Head of IT Operations', date('2024-09-30'), date('2025-03-31'), 1, 'Partially implemented', 'Feed built; testing in February.'],
    ['IA24/05.2', 'Overpayments are not recovered promptly.', 'Medium', 'Agree a recovery procedure with Payroll.', 'Deputy Director of Finance', date('2024-10-31'), null, 0, 'Implemented', 'Approved at FPC, October 2024.'],
    ['IA24/07.1', 'CD register checks are not evidenced.', 'Low', 'Add CD checks to the ward audit.', 'Chief Pharmacist', date('2024-12-31'), null, 0, 'Open', null],
  ];

  it('reads the agreed action, its officer and its implementation dates, the revised one where given, warns of nothing, and rates as the committee would', () => {
    const t = analyse(rows);
    expect(t?.headerRow).toBe(4);
    expect(named(t)).toEqual({ ref: 'Ref', action: 'Agreed management action', lead: 'Responsible officer', timeframe: 'Original implementation date', status: 'Status' });
    expect(t?.issues).toEqual([]);
    expect(t?.actions.map((a) => [a.ref, a.rating])).toEqual([['IA24/03.1', 'amber'], ['IA24/05.2', 'complete'], ['IA24/07.1', 'red']]);
  });

  it('takes a count of extensions for no ref', () => {
    expect(matchRole('No. of extensions')).toBeNull();
    expect(matchRole('Number of revisions')).toBeNull();
  });
});

describe('a CQC inspection action plan', () => {
  const HEADER = ['Ref', 'Must do / Should do', 'Regulation', 'Date of inspection', 'Action to be taken', 'Executive lead', 'Operational lead', 'Completion date', 'Evidence of completion', 'BRAG'];

  it('takes the completion date as the deadline, and the inspection date for no rival of it', () => {
    expect(matchRole('Date of inspection')).toBeNull();
    const r = readHeader(HEADER);
    // Changed on purpose: "Must do / Should do" now groups the actions (GROUP_FALLBACK_HEADERS), as no objective column is named.
    expect(r.columns).toEqual({ ref: 0, objective: 1, action: 4, lead: 5, timeframe: 7, status: 9 });
    expect(r.duplicates.filter(([role]) => role === 'timeframe')).toEqual([]);
  });

  it('reads the evidence as the status when the plan has no other status column, and never beside one: evidence offered is not the committee closing the action', () => {
    const alone = analyse([
      ['Ref', 'Action to be taken', 'Executive lead', 'Completion date', 'Evidence of completion'],
      ['MD1', 'Sepsis screening on all medical wards.', 'Chief Medical Officer', date('2024-10-31'), 'Completed: audit in October shows 94% screened within the hour.'],
      ['MD2', 'Mandatory training recovery plan.', 'Chief Nurse', date('2025-03-31'), null],
    ]);
    expect(alone?.columns.status).toBe(4);
    expect(alone?.issues.map((i) => i.code)).not.toContain('missing_status');
    expect(alone?.actions.map((a) => a.rating)).toEqual(['complete', 'green']);
    const beside = analyse([
      ['Ref', 'Action to be taken', 'Executive lead', 'Completion date', 'Evidence of completion', 'Status'],
      ['MD1', 'Sepsis screening on all medical wards.', 'Chief Medical Officer', date('2025-03-31'), 'Completed: sepsis policy approved.', 'Open'],
    ]);
    expect([beside?.columns.status, beside?.alsoRead, beside?.actions[0]?.rating]).toEqual([5, [], 'green']);
  });
});

describe('a committee action log under a merged title block, its header at row 6', () => {
  const rows: CellValue[][] = [
    [null],
    ['Northshire and Riverside Integrated Care Board'],
    ['Quality and Performance Committee – Action Log'],
    ['Updated following the meeting of 12 December 2024'],
    [],
    ['Action no.', 'Date raised', 'Meeting', 'Item', 'Action', 'Owner', 'Due date', 'Status (Open/Closed)', 'Comments'],
    ['QPC/24/031', date('2024-10-10'), 'QPC October 2024', '6.1', 'Deep dive on 104-day cancer waits.', 'Director of Performance', date('2024-12-12'), 'Closed', 'Presented in December.'],
    ['QPC/24/035', date('2024-11-14'), 'QPC November 2024', '7', 'Circulate the maternity dashboard with the papers.', 'Director of Nursing', date('2025-02-13'), 'Open', 'From February.'],
  ];
  const merges = [1, 2, 3].map((r) => across(r, 0, 8));

  it('numbers each action by its own number, the agenda item beside it no rival, and warns of nothing', () => {
    const t = analyse(rows, merges);
    expect(t?.headerRow).toBe(6);
    expect(t?.title).toBe('Quality and Performance Committee – Action Log');
    expect(named(t)).toMatchObject({ ref: 'Action no.', action: 'Action', lead: 'Owner', timeframe: 'Due date' });
    expect(t?.issues).toEqual([]);
    expect(t?.actions.map((a) => [a.ref, a.rating])).toEqual([['QPC/24/031', 'complete'], ['QPC/24/035', 'green']]);
  });

  it('takes the minute beside a ref for no rival either, and still as the ref when it is the only number', () => {
    expect(readHeader(['Ref', 'Meeting', 'Minute', 'Action', 'Lead', 'Due', 'Update']).duplicates).toEqual([]);
    expect(readHeader(['Item', 'Action', 'Owner', 'Due date']).columns.ref).toBe(0);
  });
});

describe('an EPRR core standards improvement plan on the NHS England template', () => {
  const HEADER = ['Ref', 'Domain', 'Standard name', 'Standard Detail', 'Organisational Evidence', 'Self assessment RAG', 'Action to be taken', 'Lead', 'Timescale', 'Comments'];

  it('groups by domain, and reads the standard\'s name and detail as what the action answers, not rival domains', () => {
    const r = readHeader(HEADER);
    expect(r.columns).toEqual({ ref: 0, objective: 1, action: 6, lead: 7, timeframe: 8, status: 9 });
    expect(r.extraStatus).toEqual([5]);
    expect(r.duplicates).toEqual([]);
  });

  it('rates each standard by name when the return has no action column', () => {
    expect(readHeader(['Ref', 'Domain', 'Standard name', 'Standard Detail', 'Self assessment RAG', 'Lead']).columns.action).toBe(2);
  });
});
