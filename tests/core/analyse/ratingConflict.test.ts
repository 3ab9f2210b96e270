import { createParsers } from '../../../src/core/analyse/parsers';
import { ratingsApart } from '../../../src/core/analyse/ratingConflict';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, Issue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.2: a lead's RAG colour counts as their status, but a completion or a worse position the
 * update reports is what the action is rated on. A committee reading the lead's column would see
 * Green where the product says Red, so a colour more than a step of severity from the status the
 * action is rated on is warned of at the lead's cell, saying what each says and which the rating
 * follows. Only a colour in an explicit status column (RAG, BRAG, Status) is the lead's rating.
 */

const grid = (header: string[], rows: CellValue[][]): SheetGrid => ({ name: 'PSIRP', rows: [['Safety improvement plan'], header, ...rows], merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Ref', 'Action', 'Lead', 'End', 'RAG', 'Comments'];
const ROWS: CellValue[][] = [
  ['1', 'Recruit two SJR reviewers', 'DMD', '31/12/2025', 'G', 'Only one reviewer recruited; training delayed until January. Not on track.'],
  ['2', 'Implement PURPOSE-T in the EPR', 'TV lead', '31/12/2025', 'R', 'Completed – went live in EPR on 3 November 2025.'],
  ['3', 'Heel off-loading boots on every ward', 'TV lead', '31/12/2025', 'Red', 'On track: boots ordered for all wards.'],
  ['4', 'Audit passport completion', 'LD nurse', '31/12/2025', 'Amber', 'On track: audit under way.'],
  ['5', 'Train managers in just culture', 'HoPS', '31/12/2025', 'Green', 'Complete: 180 trained.'],
  ['6', 'Relaunch PSP recruitment', 'HoPS', '31/12/2025', 'R', 'Behind: only 2 PSPs recruited.'],
  ['7', 'Publish the bulletin', 'PSP', '31/12/2025', 'B', 'Issue 3 published October.'],
  ['8', 'Close the loop on radiology results', 'CCIO', '31/12/2025', 'Blue', 'Not on track: supplier release slipped.'],
];

const settings = defaultSettings('2025-11-14');
const conflicts = (sheet: SheetGrid): Issue[] => (analyseSheet(sheet, settings, createParsers(settings))?.issues ?? []).filter((i) => i.code === 'rating_conflict');

describe('a lead\'s RAG the update contradicts', () => {
  const found = conflicts(grid(HEADER, ROWS));

  it('is warned of at the lead\'s cell when Green stands beside an update off track, saying the rating follows the update', () => {
    const issue = found.find((i) => i.cell === 'E3');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toMatch(/"G".*Green.*update \(F3\).*off track.*rating follows the update \(Red\)/);
  });

  it('is warned of when Red stands beside a completion, or beside on track (it follows the lead)', () => {
    // Changed on purpose: this RAG column marks work "B" (rows 7, 8), a BRAG scale, where Red beside a completion holds it open (blueCells.ts).
    expect(found.find((i) => i.cell === 'E4')?.message).toMatch(/"R".*Red.*complete.*follows the lead's RAG \(Red\)/);
    // Changed on purpose: a cell holding the rating word itself is quoted alone, not '"Red" says Red'.
    expect(found.find((i) => i.cell === 'E5')?.message).toMatch(/^The lead's RAG is "Red", but the update \(F5\) reads as on track, so the rating follows the lead's RAG \(Red\)/);
  });

  it('is not warned of a step apart (Amber beside on track, Green beside complete, Red beside behind) nor where they agree (Blue beside published)', () => {
    expect(found.map((i) => i.cell).sort()).toEqual(['E10', 'E3', 'E4', 'E5']);
  });

  it('is warned of when the lead\'s Blue closes an action the update calls behind plan', () => {
    // A closure beside an update reporting the work behind plan no longer stands (refutedClosure): the update is rated, and the lead still warned.
    expect(found.find((i) => i.cell === 'E10')?.message).toMatch(/"Blue" says Complete, .* reads as (?:at risk|off track), so the rating follows the update \((?:Amber|Red)\)/);
  });

  it('is not warned of where the colour is in no explicit status column (a comments column\'s "Green")', () => {
    const header = ['Ref', 'Action', 'Lead', 'End', 'Previous comments', 'Comments'];
    const rows: CellValue[][] = [['1', 'Recruit two SJR reviewers', 'DMD', '31/12/2025', 'Green', 'Not on track: one reviewer recruited.']];
    expect(conflicts(grid(header, rows))).toEqual([]);
    expect(conflicts(grid(HEADER, rows)).map((i) => i.cell)).toEqual(['E3']);
  });
});

describe('ratingsApart: more than one step of severity, either way', () => {
  it.each([
    ['green', 'off_track', true],
    ['red', 'complete', true],
    ['red', 'on_track', true],
    ['complete', 'off_track', true],
    ['amber', 'on_track', false],
    ['green', 'complete', false],
    ['red', 'at_risk', false],
    ['green', 'unknown', false],
    ['not_rated', 'off_track', false],
  ] as const)('%s beside %s: %s', (colour, status, apart) => {
    expect(ratingsApart(colour, status)).toBe(apart);
  });
});

describe('a lead\'s RAG beside dated update columns ("Q1 update", "Q2 update", …)', () => {
  it('names the cell of the latest update the status was read from, not the first update column', () => {
    const header = ['Ref', 'Action', 'Lead', 'End', 'RAG', 'Q1 update', 'Q2 update', 'Q3 update'];
    const rows: CellValue[][] = [['1', 'E-job planning level 3', 'MD', '31/12/2025', 'R', null, 'Business case drafted', 'Completed – went live in EPR on 3 November 2025.']];
    const issue = conflicts(grid(header, rows)).find((i) => i.cell === 'E3');
    expect(issue?.message).toMatch(/the update \(H3\) reads as complete/);
  });
});

describe('a lead\'s RAG beside an update per step', () => {
  const header = ['Ref', 'Scheme', 'Lead', 'Go-live date', 'Key milestones', 'Milestone date', 'BRAG', 'Update'];
  const rows: CellValue[][] = [
    ['W04', 'Care Transfer Hub', 'DASC', '14/12/2025', 'Commission domiciliary care\nTrusted assessor in post', '30/11/2025\n14/12/2025', 'A', 'Procurement complete 12/11 - 3 providers contracted.\nTrusted assessor interviews 10/12.'],
    ['W05', 'Virtual ward', 'CMO', '14/12/2025', 'Recruit nurses\nGo live', '30/11/2025\n14/12/2025', 'R', 'Nurses recruited - complete.\nGo-live complete 10/11.'],
    ['W06', 'Frailty SDEC', 'COO', '14/12/2025', 'Estates works\nStaffing', '30/11/2025\n14/12/2025', 'G', 'Works complete.\nStaffing not on track - no funding.'],
  ];
  const found = conflicts(grid(header, rows));

  it('is not warned of where one step is done and another\'s update says nothing of it (the colour speaks for the action)', () => {
    expect(found.find((i) => i.cell === 'G3')).toBeUndefined();
  });

  it('is warned of where every step\'s update says complete, or any says worse than the colour by two steps', () => {
    expect(found.find((i) => i.cell === 'G4')?.message).toMatch(/"R".*reads as complete/);
    expect(found.find((i) => i.cell === 'G5')?.message).toMatch(/"G".*reads as off track/);
  });
});
