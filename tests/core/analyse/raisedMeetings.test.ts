import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { Action, CellValue, SheetGrid } from '../../../src/core/types';

// SPEC 3 "meeting": on an action log that dates the meeting each action came from, "Next
// meeting" is the meeting after that one, not the one after the as-of date.
const asOf = '2025-11-20';
const board: Settings = { ...defaultSettings(asOf), nextMeeting: { date: '2025-12-04', name: 'Trust Board December 2025' } };
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const sheet = (rows: CellValue[][]): SheetGrid => ({ name: 'Action Log', rows, merges: [], tables: [], hidden: false, protected: false });

function log(header: string, raised: (iso: string) => CellValue, due: string): CellValue[][] {
  return [
    [header, 'Minute ref', 'Action', 'Owner', 'Due date', 'Status'],
    [raised('2025-05-01'), 'TB/25/061', 'Deep dive into cancer performance', 'COO', date('2025-09-04'), 'Open'],
    [raised('2025-05-01'), 'TB/25/064', 'Benchmark concerns raised', 'Director of People', 'March Board', 'Open'],
    [raised('2025-07-03'), 'TB/25/082', 'Confirm theatre staffing date', 'Chief Nurse', due, 'Open'],
    [raised('2025-07-03'), 'TB/25/085', 'Review the BAF 3 target score', 'Director of People', date('2025-10-02'), 'Open'],
    [raised('2025-10-02'), 'TB/25/101', 'Add a 12-hour ED metric', 'Director of Strategy', 'Next meeting', 'Open'],
    [raised('2025-10-02'), 'TB/25/102', 'Circulate the CIP pipeline', 'CFO', date('2025-12-31'), 'Open'],
  ];
}

const actions = (rows: CellValue[][], settings: Settings = board): Action[] => analyseWorkbook([sheet(rows)], settings).trackers[0]?.actions ?? [];
const byRef = (rows: CellValue[][], ref: string, settings?: Settings): Action | undefined => actions(rows, settings).find((a) => a.ref === ref);

describe('"Next meeting" on an action log that dates each action\'s meeting', () => {
  it.each(['Meeting date', 'Date of meeting', 'Date raised', 'Date agreed', 'Meeting'])('is the meeting after the one in the "%s" column', (header) => {
    const july = byRef(log(header, date, 'Next meeting'), 'TB/25/082');
    expect(july?.nextDue).toBe('2025-10-02');
    expect(july?.rating).toBe('red');
  });

  it.each(['Next meeting', 'next Board', 'Following meeting', 'Next committee', 'the next meeting.'])('reads "%s" that way', (due) => {
    expect(byRef(log('Meeting date', date, due), 'TB/25/082')?.nextDue).toBe('2025-10-02');
  });

  it("dates each action from its own row's meeting, whatever the row below says", () => {
    // Every action due at the next meeting: the last of each meeting's actions sits above the next meeting's rows.
    const rows = log('Meeting date', date, 'Next meeting').map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 4 ? 'Next meeting' : cell))));
    const due = actions(rows).map((a) => [a.ref, a.nextDue]);
    expect(due).toEqual([
      ['TB/25/061', '2025-07-03'],
      ['TB/25/064', '2025-07-03'],
      ['TB/25/082', '2025-10-02'],
      ['TB/25/085', '2025-10-02'],
      ['TB/25/101', '2025-12-04'],
      ['TB/25/102', '2025-12-04'],
    ]);
  });

  it('reads the meeting dates written as text', () => {
    expect(byRef(log('Meeting date', (iso) => iso.split('-').reverse().join('/'), 'Next meeting'), 'TB/25/082')?.nextDue).toBe('2025-10-02');
  });

  it('keeps the next meeting set for an action raised at the log\'s latest meeting', () => {
    const rows = log('Meeting date', date, 'Next meeting');
    expect(byRef(rows, 'TB/25/082')?.nextDue).toBe('2025-10-02');
    expect(byRef(rows, 'TB/25/101')?.nextDue).toBe('2025-12-04');
    expect(byRef(rows, 'TB/25/101')?.rating).not.toBe('red');
  });

  it('takes the meeting of the body named from the calendar when the settings have one', () => {
    const meetings = [
      { date: '2025-07-24', name: 'Finance & Performance Committee' },
      { date: '2025-09-04', name: 'Trust Board' },
      { date: '2025-11-06', name: 'Trust Board' },
      { date: '2025-11-27', name: 'Finance & Performance Committee' },
    ];
    const calendar = { ...board, meetings };
    expect(byRef(log('Meeting date', date, 'Next meeting'), 'TB/25/082', calendar)?.nextDue).toBe('2025-07-24');
    expect(byRef(log('Meeting date', date, 'Next Board'), 'TB/25/082', calendar)?.nextDue).toBe('2025-09-04');
    expect(byRef(log('Meeting date', date, 'Next F&P'), 'TB/25/082', calendar)?.nextDue).toBe('2025-07-24');
    expect(byRef(log('Meeting date', date, 'Next meeting'), 'TB/25/101', calendar)?.nextDue).toBe('2025-11-06');
  });

  it('leaves a phrase naming another body, or a date, when the log lists only its own meetings', () => {
    expect(byRef(log('Meeting date', date, 'Next Board'), 'TB/25/082')?.nextDue).toBe('2025-10-02');
    expect(byRef(log('Meeting date', date, 'Next F&P'), 'TB/25/082')?.nextDue).not.toBe('2025-10-02');
    expect(byRef(log('Meeting date', date, 'Next Board (Jan 26)'), 'TB/25/082')?.nextDue).toBe('2026-01-31');
  });

  it('is the next meeting set on a tracker without such a column', () => {
    expect(byRef(log('Meeting date', date, 'Next meeting'), 'TB/25/082')?.nextDue).toBe('2025-10-02');
    expect(byRef(log('Agenda item', () => 'Finance report', 'Next meeting'), 'TB/25/082')?.nextDue).toBe('2025-12-04');
  });

  it('does not take a "Date raised" column of ever-new days for a list of meetings', () => {
    expect(byRef(log('Date raised', date, 'Next meeting'), 'TB/25/082')?.nextDue).toBe('2025-10-02');
    const rows = log('Date raised', date, 'Next meeting').map((row, i) => (i === 0 ? row : [date(`2025-0${i + 1}-1${i}`), ...row.slice(1)]));
    expect(byRef(rows, 'TB/25/082')?.nextDue).toBe('2025-12-04');
  });
});
