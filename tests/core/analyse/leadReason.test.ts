import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { leadRatedReason } from '../../../src/core/analyse/leadReason';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A reason credits whoever gave the status: where the lead's own RAG sets the rating and the update names no
 * delay ("Paper in draft"), the reason says the lead rates it Amber, not that the action is "reported as delayed".
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const settings = defaultSettings('2026-12-07');
const reason = (rag: string, update: string): string => {
  const rows = [['Ref', 'Action', 'Lead', 'Target date', 'Progress update', 'Lead RAG'], ['1', 'Succession plan to People Committee', 'Director of People', 'Jan 27', update, rag]];
  return analyseSheet(grid(rows), settings, createParsers(settings))?.actions[0]?.reason ?? '';
};

describe("the lead's RAG named as the reason's source", () => {
  it('an Amber from the lead beside an update under way', () => {
    expect(reason('A', 'Paper in draft for Jan People Committee')).toBe('Amber: the action is rated Amber by the lead (due 31 Jan 2027).');
  });

  it('a Red from the lead beside an update under way', () => {
    expect(reason('R', 'Paper in draft for Jan People Committee')).toBe('Red: the action is rated Red by the lead (due 31 Jan 2027).');
  });

  it('an update reporting the delay itself keeps its sentence', () => {
    expect(reason('A', 'At risk – author on long-term sick leave')).toMatch(/^Amber: the action is reported as delayed or at risk/);
  });

  it('rewords only the sentence of a status reported', () => {
    expect(leadRatedReason('Red: the action was due 31 Oct 2026 and is 37 days overdue.')).toBe('Red: the action was due 31 Oct 2026 and is 37 days overdue.');
  });
});
