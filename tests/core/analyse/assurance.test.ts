import { createParsers } from '../../../src/core/analyse/parsers';
import { IssueSink } from '../../../src/core/analyse/issues';
import { assuranceGap } from '../../../src/core/analyse/assuranceGap';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { ActionReader } from '../../../src/core/detect/rows';
import { detectTracker } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, Rating, SheetGrid } from '../../../src/core/types';

/*
 * A well-led plan's "Delivery RAG" is the lead's rating of the work; its "Assurance RAG" rates the
 * evidence for it. Read as the lead's status, an Amber for evidence not yet seen made work on track
 * Amber; beside a Complete rating, a Red assurance is the gap the committee should be told of.
 */

const settings = defaultSettings('2025-01-20');
const HEADER = ['Ref', 'Action', 'Executive lead', 'Target date', 'Update (Nov 24)', 'Delivery RAG', 'Assurance RAG', 'Evidence of completion'];
const ROWS: CellValue[][] = [
  ['WL1', 'Deliver FTSU training to all managers', 'CPO', '31/03/2025', '146 staff trained to date. On track.', 'G', 'A', ''],
  ['WL2', 'Publish the Board assurance framework', 'DCA', '31/10/2024', 'Published October.', 'Complete', 'Red', 'Evidence not provided'],
  ['WL3', 'Review committee terms of reference', 'DCA', '31/05/2024', 'All reviewed and approved.', 'Blue', 'Green', 'Board minutes May 24'],
  ['WL4', 'Refresh the risk appetite statement', 'DCA', '30/09/2024', 'Approved by Board.', 'Complete', '', 'Evidence not yet provided'],
];
const grid = (): SheetGrid => ({ name: 'Well-led', rows: [HEADER, ...ROWS], merges: [], tables: [], hidden: false, protected: false });

describe('an assurance rating beside the delivery rating', () => {
  it('is not the lead\'s status: work on track stays Green though its evidence is rated Amber', () => {
    const actions = analyseSheet(grid(), settings, createParsers(settings))?.actions ?? [];
    expect(actions.map((a) => a.rating)).toEqual(['green', 'complete', 'complete', 'complete']);
  });
});

describe('assuranceGap', () => {
  const warned = (rating: Rating): string[] => {
    const sheet = grid();
    const layout = detectTracker(sheet, undefined);
    if (layout === null) throw new Error('no tracker');
    const sink = new IssueSink(sheet.name, layout.columns);
    const reader = new ActionReader(sheet.rows, layout);
    for (let raw = reader.next(); raw !== null; raw = reader.next()) assuranceGap(sink, raw, rating);
    return sink.issues.map((i) => `${i.cell} ${i.message}`);
  };

  it('warns at the assurance cell of an action rated Complete whose assurance is Red, or whose evidence is missing', () => {
    const found = warned('complete');
    // Every row is passed as rated Complete here: WL1's Amber assurance would be warned of too.
    expect(found).toHaveLength(3);
    expect(found[1]).toMatch(/^G3 This action is rated Complete, but its assurance rating is Red: its evidence is not yet assured/);
    expect(found[2]).toMatch(/^H5 .*its evidence reads "Evidence not yet provided"/);
  });

  it('says nothing of an action not rated Complete', () => {
    expect(warned('amber')).toEqual([]);
  });
});

describe('a sheet with an assurance column, analysed', () => {
  it('warns at the assurance cell of each action rated Complete whose evidence is not yet assured', () => {
    const tracker = analyseSheet(grid(), settings, createParsers(settings));
    expect(tracker?.issues.filter((i) => i.code === 'assurance_gap').map((i) => i.cell)).toEqual(['G3', 'H5']);
  });
});
