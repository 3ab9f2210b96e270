import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, Issue, SheetGrid } from '../../../src/core/types';

/*
 * The rating_conflict warning names the rating the action gets and why. Where the lead's colour
 * holds open an update that reads complete, the rating is often not that colour: the dates make
 * an open action past its deadline Red. Saying "follows the lead's RAG (Red)" beside an "Amber"
 * contradicts itself, so the warning says the action is read as the lead's colour says and the
 * dates make it Red.
 */

const settings = defaultSettings('2026-12-07');
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'CQC plan', rows: [['Ref', 'Action', 'Exec lead', 'Target date', 'Progress update', 'BRAG'], ...rows], merges: [], tables: [], hidden: false, protected: false });
const conflicts = (rows: CellValue[][]): Issue[] => (analyseSheet(grid(rows), settings, createParsers(settings))?.issues ?? []).filter((i) => i.code === 'rating_conflict');

describe("a lead's colour holding open a completion past its deadline", () => {
  it.each([
    ['Amber', 'at risk'],
    ['A', 'at risk'],
  ])('says the action is read as the lead says (%s) and its dates make it Red', (colour, reads) => {
    const [issue] = conflicts([['1', 'Review discharge lounge staffing', 'COO', '31/08/2026', 'Complete - paper approved at Executive Team', colour], ['2', 'x', 'y', '31/03/2027', 'Blue', 'B']]);
    expect(issue?.message).toContain(`so the action is read as ${reads}, as the lead's RAG says, and its dates make it Red`);
    expect(issue?.message).not.toMatch(/follows the lead's RAG \(Red\)/);
  });

  it('keeps "follows the lead\'s RAG (Red)" where the rating is the lead\'s colour', () => {
    const [issue] = conflicts([['1', 'Review discharge lounge staffing', 'COO', '31/03/2027', 'On track: paper drafted', 'Red']]);
    expect(issue?.message).toMatch(/so the rating follows the lead's RAG \(Red\)/);
  });
});

/*
 * A lead's Green beside an update that says nothing against it, on an action past its deadline:
 * the dates make it Red (SPEC 5.1 rule 4), two steps from the lead's colour, the same gap the
 * warning points out between a colour and an update. The committee sees Green in the lead's
 * column and Red in the rating, so it is warned of at the lead's cell, naming what the rating follows.
 */
describe("a lead's Green on an action its dates make Red", () => {
  it.each([
    ['G', 'Audit shows 98% compliance'],
    ['Green', 'On track: audit under way'],
    ['G', null],
  ])('is warned of at the lead\'s cell (%s beside %s)', (colour, update) => {
    const [issue] = conflicts([['1', 'Medicines storage temperatures', 'Chief Pharmacist', '31/08/2026', update, colour]]);
    expect(issue?.cell).toBe('F2');
    expect(issue?.message).toMatch(/says Green|is "Green"/);
    expect(issue?.message).toContain("the action's dates make it Red, so the rating follows the dates (Red)");
  });

  it('is not warned of a step apart (Green on an action due soon, Amber), nor Amber overdue', () => {
    expect(conflicts([
      ['1', 'Medicines storage temperatures', 'Chief Pharmacist', '20/12/2026', null, 'G'],
      ['2', 'Mandatory training 90%', 'DoP', '30/09/2026', 'Compliance 84% – behind trajectory', 'A'],
      ['3', 'Duty of candour', 'HoPS', '31/03/2027', 'On track', 'G'],
    ])).toEqual([]);
  });
});
