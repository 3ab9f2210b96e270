import { defaultSettings } from '../../../src/core/settings';
import { dueWhen, overallNote, summaryHeading, summaryModel, summaryNotes, summaryTables, tableOneRows, type RatedAgainst } from '../../../src/core/summary';
import type { TrackerTrend } from '../../../src/core/history/types';
import { numbered, tracker } from '../history/fixtures';

/*
 * A roll-up's board paper (rv6-d review): each workbook rated against its own meeting and
 * compared against its own snapshot must not be headed by one; ambitions given on a Table One
 * are never totalled with actions; the key says what Overall means.
 */

const settings = { ...defaultSettings('2024-11-20'), nextMeeting: { date: '2024-11-27', name: 'Board November 2024' } };
const green = tracker('Green Plan', [numbered('EF1', 'red', { focus: 'update_due', nextDue: '2024-06-30' }), numbered('EF2', 'complete')]);
const qsc = tracker('Open actions', [numbered('QSC/1', 'green', { focus: 'update_due', nextDue: '2024-12-19' })]);
const board = (date: string, name: string): RatedAgainst => ({ asOf: '2024-11-20', nextMeeting: { date, name } });
const trends: TrackerTrend[] = [
  { sheet: 'Green Plan', previousAsOf: '2024-11-15', completedSinceLastMeeting: 1 },
  { sheet: 'Open actions', previousAsOf: null, completedSinceLastMeeting: 0 },
];

describe('a roll-up of workbooks rated against their own next meetings', () => {
  const model = summaryModel([green, qsc], settings, trends, { workbooks: ['Green Plan', 'QSC log'], rated: [board('2024-11-27', 'Board November 2024'), board('2024-12-19', 'QSC December 2024')] });

  it('names no one meeting in the heading or the due list, and lists each under Trackers included', () => {
    expect(model.nextMeeting).toBeNull();
    expect(model.eachOwnMeeting).toBe(true);
    const { lines } = summaryHeading(model);
    expect(lines[1]).toBe('Next meeting: each tracker is rated against its own (see Trackers included)');
    expect(dueWhen(model)).toBe("at each tracker's own next meeting");
    const { included } = summaryTables(model);
    expect(included.heading).toBe('Trackers included');
    expect(included.rows.map((r) => [r.cells[0]?.text, r.cells[2]?.text, r.cells[3]?.text, r.cells.at(-1)?.text])).toEqual([
      ['Green Plan', 'Board November 2024, 27 Nov 2024', '2', '1 since 15 Nov 2024'],
      ['QSC log', 'QSC December 2024, 19 Dec 2024', '1', 'No earlier snapshot'],
    ]);
  });

  it('does not claim one snapshot date for trackers compared against different ones', () => {
    expect(model.eachOwnSnapshot).toBe(true);
    expect(summaryHeading(model).lines[2]).toBe("Completed since each tracker's own last snapshot: 1 (see Trackers included)");
    expect(model.notes.some((n) => n.startsWith("Trend against each tracker's own last snapshot"))).toBe(true);
  });

  it('names the meeting as before when every workbook was rated against the same one', () => {
    const same = summaryModel([green, qsc], settings, [], { workbooks: ['a', 'b'], rated: [board('2024-11-27', 'Board November 2024'), board('2024-11-27', 'Board November 2024')] });
    expect(same.eachOwnMeeting).toBe(false);
    expect(summaryHeading(same).lines[1]).toBe('Next meeting: Board November 2024, 27 Nov 2024');
    expect(summaryTables(same).due.heading).toBe('Due at Board November 2024');
  });

  it('leaves Trackers included out of one workbook\'s summary', () => {
    const one = summaryModel([green], settings);
    expect(one.included).toBeNull();
    expect(summaryTables(one).included.rows).toEqual([]);
  });
});

describe('Table One with ambitions given on the sheet beside action trackers', () => {
  const given = { ...tracker('Table One', [numbered('1', 'amber', { progress: 1, confidence: 0.75 })]), ambitionLevel: true };
  const sources = (ts: ReturnType<typeof tracker>[]) => ts.map((t) => ({ tracker: t, label: t.sheet }));

  it('never adds the given ambitions to the actions in a grand total', () => {
    const rows = tableOneRows(sources([given, green]), settings);
    expect(rows.filter((r) => r.level === 'total')).toEqual([]);
  });

  it('totals the action trackers on their own, named as such, when there are several', () => {
    const rows = tableOneRows(sources([given, green, qsc]), settings);
    expect(rows.filter((r) => r.level === 'total').map((r) => [r.source, r.actions])).toEqual([['Actions (2 trackers)', 3]]);
  });

  it('leaves the counts of a given ambition blank: one Amber beside 100% progress reads as a contradiction', () => {
    const model = summaryModel([given], settings);
    // Every row given: the count columns are left out of the paper, as the sheet's own Table One has none.
    expect(summaryTables(model).tableOne.headers).toEqual(['Objective', 'Progress %', 'Confidence %', 'Overall', 'Trend']);
    expect(summaryTables(model).tableOne.rows[0]?.cells.map((c) => c.text)).toEqual(['Total', '100%', '75%', 'Amber', '']);
    expect(summaryTables(model, true).tableOne.rows[0]?.cells.slice(2, 8).map((c) => c.text)).toEqual(['', '', '', '', '', '']);
  });
});

describe('the key says what Overall means', () => {
  it('as the worst rating in the group, by default', () => {
    const notes = summaryNotes(defaultSettings('2022-11-03'), null);
    expect(notes).toContain('Overall is the worst rating in the group: any Red action makes it Red, else any Amber makes it Amber, else Green; Complete when every action is complete.');
  });

  it('by the confidence thresholds when the workbook rolls up by confidence', () => {
    const s = { ...defaultSettings('2022-11-03'), rollupRule: 'confidence' as const };
    expect(overallNote(s)).toBe("Overall goes by the group's confidence: Green at 90% or more, Amber at 60% or more, else Red; Complete when every action is complete.");
    expect(summaryModel([green], s).notes).toContain(overallNote(s));
  });
});
