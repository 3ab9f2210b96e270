import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel } from '../../../src/core/summary';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * Most trackers give each action a status from a drop-down ("On track", "Delayed") and the
 * lead's update in sentences beside it. The status rates the action; the board paper quotes the update.
 */

const settings = defaultSettings('2023-12-01');
const header = ['Ref', 'Action', 'Lead', 'Due date', 'Status', 'Comments'];
const update = 'Two of the three wards trained; last session booked for 12 Dec';

function analyse(rows: CellValue[][]): Tracker {
  const grid: SheetGrid = { name: 'Action plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseSheet(grid, settings, createParsers(settings));
  if (tracker === null) throw new Error('no tracker found');
  return tracker;
}

describe('the latest update beside a status column of words', () => {
  const tracker = analyse([
    ['1', 'Train ward staff in the new escalation policy', 'Head of Nursing', '30/11/2023', 'Delayed', update],
    ['2', 'Publish the falls audit', 'Falls Lead', '31/10/2023', 'Not started', 'Closed'],
    ['3', 'Agree the discharge SOP', 'Deputy COO', '31/10/2023', 'Partially implemented; two sites live, third by January', 'See minutes'],
  ]);

  it('is kept on the action, and the status column still rates it', () => {
    expect(tracker.actions.map((a) => a.update)).toEqual([update, null, null]);
    expect(tracker.actions.map((a) => a.rating)).toEqual(['red', 'complete', 'red']);
  });

  it('is what the summary quotes, unless the status is itself written in sentences', () => {
    const quoted = summaryModel([tracker], settings).exceptions.map((e) => [e.ref, e.latestUpdate]);
    expect(quoted).toEqual([
      ['1', update],
      ['3', 'Partially implemented; two sites live, third by January'],
    ]);
  });
});

describe('the latest update when the only status column holds a RAG colour', () => {
  const rag = (rows: CellValue[][]) => {
    const grid: SheetGrid = { name: 'Metrics', rows: [['Deliverable', 'Lead', 'Due', 'RAG'], ...rows], merges: [], tables: [], hidden: false, protected: false };
    const tracker = analyseSheet(grid, settings, createParsers(settings));
    if (tracker === null) throw new Error('no tracker found');
    return summaryModel([tracker], settings);
  };

  it('is blank, not the colour again beside the RAG column', () => {
    const model = rag([
      ['Reduce 65-week waiters', 'Chief Operating Officer', '31/03/2024', 'R'],
      ['Improve A&E 4-hour performance', 'Chief Operating Officer', '31/03/2024', 'A'],
      ['Deliver the system financial plan', 'Chief Finance Officer', '31/03/2024', 'Amber'],
    ]);
    expect(model.exceptions.map((e) => [e.rating, e.latestUpdate])).toEqual([
      ['red', null],
      ['amber', null],
      ['amber', null],
    ]);
  });

  it('still quotes a status of a few words that says more than the colour', () => {
    const model = rag([['Reduce 65-week waiters', 'Chief Operating Officer', '31/03/2024', 'Red - awaiting funding']]);
    expect(model.exceptions.map((e) => e.latestUpdate)).toEqual(['Red - awaiting funding']);
  });
});
