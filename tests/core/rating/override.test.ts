import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { rateAction } from '../../../src/core/rating/action';
import { rateStep } from '../../../src/core/rating/step';
import type { Action, CellValue, SheetGrid, Step } from '../../../src/core/types';
import { at, due, step } from './fixtures';

/*
 * SPEC 5.1 rule 1: a valid value in `rag_override` gives that rating "set by hand", and SPEC 2.4:
 * the RAG reason is the rule that fired. The override is one cell per row, so every step of
 * the row carries it, and the action's reason must still say it was set by hand.
 */

const nov30 = at('2022-11-30');

function rated(override: Step['rating'] | null, timeframes: (string | null)[]) {
  return timeframes.map((end, i) => {
    const input = step({ text: `Step ${i + 1}`, index: i + 1, count: timeframes.length, override, status: 'on_track', timeframe: due(end), timeframeText: end });
    return { ...rateStep(input, nov30), status: input.status, timeframe: input.timeframe };
  });
}

describe('an action set by hand in the RAG override column (SPEC 5.1 rule 1)', () => {
  it('keeps "set by hand" as the reason of a several-step action set Complete', () => {
    const verdict = rateAction(rated('complete', ['2022-12-31', '2023-01-31', null]), nov30);
    expect(verdict).toMatchObject({ rating: 'complete', focus: 'complete', nextDue: null, reason: 'Complete: set by hand in the RAG override column.' });
  });

  it('keeps "set by hand" for every other rating, naming no step', () => {
    for (const override of ['red', 'amber', 'green', 'not_rated'] as const) {
      expect(rateAction(rated(override, ['2022-12-31', null]), nov30).reason).toMatch(/: set by hand in the RAG override column\.$/);
    }
  });

  it('still says every step is complete when the statuses, not a hand, say so', () => {
    const steps = [1, 2].map((index) => {
      const input = step({ text: `Step ${index}`, index, count: 2, status: 'complete' });
      return { ...rateStep(input, nov30), status: input.status, timeframe: input.timeframe };
    });
    expect(rateAction(steps, nov30).reason).toBe('Complete: both steps are complete.');
  });

  describe('on a sheet', () => {
    const header = ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status', 'RAG override'];
    function actions(rows: CellValue[][]): Action[] {
      const grid: SheetGrid = { name: 'Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
      const tracker = analyseSheet(grid, nov30, createParsers(nov30));
      if (tracker === null) throw new Error('no tracker found');
      return tracker.actions;
    }

    it('writes "set by hand" in RAG reason for a row of undated steps the lead closed by hand', () => {
      const [a] = actions([['4', 'Refresh the engagement plan', 'AB', 'Draft\nConsult', 'TBC\nTBC', 'On track\nOn track', 'Complete']]);
      expect(a).toMatchObject({ rating: 'complete', focus: 'complete', reason: 'Complete: set by hand in the RAG override column.' });
    });

    it('writes "set by hand" for a dated row closed by hand before its steps were', () => {
      const [a] = actions([['1', 'Recruit the lay member', 'AB', 'Advertise\nInterview\nAppoint', 'Dec 22\nJan 23\nFeb 23', 'On track\nNot started\nNot started', 'Complete']]);
      expect(a?.reason).toBe('Complete: set by hand in the RAG override column.');
    });
  });
});
