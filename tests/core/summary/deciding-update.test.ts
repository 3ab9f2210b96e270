import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { decidingUpdate, summaryModel } from '../../../src/core/summary';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * An exception is listed for the step that rated it: where each step has its own update, the
 * board reads that step's update beside the rating, not the last line of the cell, which may
 * belong to a step that is on track (rv18 finding 2).
 */

const settings = defaultSettings('2026-12-07');
const header = ['Ref', 'Action', 'Lead', 'Next steps', 'Timeframe', 'Progress update'];

function analyse(rows: CellValue[][]): Tracker {
  const grid: SheetGrid = { name: 'Action Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseSheet(grid, settings, createParsers(settings));
  if (tracker === null) throw new Error('no tracker found');
  return tracker;
}

function exceptionUpdates(rows: CellValue[][]): Record<string, string | null> {
  const model = summaryModel([analyse(rows)], settings);
  return Object.fromEntries(model.exceptions.map((e) => [e.ref ?? '', e.latestUpdate]));
}

describe("the latest update beside an exception", () => {
  it("is the update of the step that set the rating when each step has its own", () => {
    expect(
      exceptionUpdates([
        ['UEC2', 'Expand virtual ward capacity', 'Clinical Director', 'Recruit 12 WTE nurses\nOpen respiratory pathway', 'Q3 2026/27\nJan 27', 'Recruitment slipped – 7 of 12 in post\nPathway on track'],
        ['UEC6', 'Same day emergency care', 'COO', 'Agree staffing model\nOpen SDEC unit\nAudit outcomes', 'Oct 26\nMar 27\nJun 27', 'Complete\nOn track\nOn track'],
        ['UEC7', 'Frailty hub', 'Clinical Lead', 'Business case\nEstates works', 'Sep 26\nMar 27', 'Delayed – awaiting ICB sign-off\nOn track'],
        ['UEC8', 'Discharge lounge', 'Matron', 'Staff the lounge\nExtend hours', 'Mar 27\nOct 26', 'On track – recruitment under way\nNot started'],
      ]),
    ).toEqual({
      UEC2: 'Recruitment slipped – 7 of 12 in post',
      UEC7: 'Delayed – awaiting ICB sign-off',
      UEC8: 'Not started',
    });
  });

  it('is the newest update of the steps rated alike, where a flag for the whole row rates them all', () => {
    const rows: CellValue[][] = [['W09', 'Respiratory hubs (3 PCN hubs)', 'ICB', 'Hub 1\nHub 2\nHub 3', '01/11/2026\n01/12/2026\n01/12/2026', 'Hub 1 live 03/11.\nHub 2 live 01/12.\nCoast PCN withdrew - no GP capacity', 'R']];
    const grid: SheetGrid = { name: 'Winter', rows: [[...header, 'RAG'], ...rows], merges: [], tables: [], hidden: false, protected: false };
    const tracker = analyseSheet(grid, settings, createParsers(settings));
    const model = summaryModel(tracker === null ? [] : [tracker], settings);
    expect(model.exceptions.map((e) => [e.rating, e.latestUpdate])).toEqual([['red', 'Coast PCN withdrew - no GP capacity']]);
  });

  it('says the deciding step has no update rather than quote another step', () => {
    expect(exceptionUpdates([['R1', 'Respiratory hub', 'Lead', 'Agree model\nOpen hub\nEvaluate', 'Jan 27\nOct 26\nJun 27', 'On track\n-\nNot started']])).toEqual({ R1: 'No update for this step' });
  });

  it('is the one update of the cell when it covers every step, or the action has one step', () => {
    expect(
      exceptionUpdates([
        ['S1', 'Stroke pathway', 'Lead', 'Audit\nReport', 'Sep 26\nOct 26', 'Delayed – audit team short-staffed'],
        ['S2', 'Falls audit', 'Lead', '', 'Oct 26', 'Delayed – data not yet received'],
      ]),
    ).toEqual({ S1: 'Delayed – audit team short-staffed', S2: 'Delayed – data not yet received' });
  });
});

describe('decidingUpdate', () => {
  const step = (statusText: string | null, rating: 'red' | 'amber' | 'green' | 'complete') => ({ statusText, rating, focus: rating === 'complete' ? ('complete' as const) : ('next_step' as const) });

  it("quotes the worst open step's own update, the newest of several rated alike", () => {
    expect(decidingUpdate({ update: null, rating: 'red', steps: [step('Late', 'red'), step('On track', 'green'), step('Withdrawn', 'red')] })).toBe('Withdrawn');
    expect(decidingUpdate({ update: null, rating: 'amber', steps: [step('Slipped', 'amber'), step('On track', 'green')] })).toBe('Slipped');
  });

  it('quotes the latest update when one status covers every step', () => {
    expect(decidingUpdate({ update: null, rating: 'red', steps: [step('Delayed', 'red'), step('Delayed', 'red')] })).toBe('Delayed');
  });

  it("quotes the latest update when no step's rating is the action's", () => {
    expect(decidingUpdate({ update: null, rating: 'red', steps: [step('Done', 'complete'), step('On track', 'green')] })).toBe('On track');
  });
});
