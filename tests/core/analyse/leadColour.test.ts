import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

/*
 * SPEC 2.2: a RAG colour the lead writes beside the update is the lead's status. It is their
 * own judgement of the risk, so an update that sounds milder does not turn their Red green.
 */

function rated(rows: CellValue[][]) {
  const grid = { name: 'CQC plan', rows: [['Ref', 'Action required', 'Executive lead', 'Target date', 'Progress update', 'BRAG'], ...rows], merges: [], tables: [], hidden: false, protected: false };
  return (analyseWorkbook([grid], defaultSettings('2023-11-15')).trackers[0]?.actions ?? []).map((a) => [a.ref, a.status, a.rating]);
}

describe("a lead's own colour beside the update", () => {
  it('outranks a milder update: Red beside "Not started", Amber beside "on track"', () => {
    expect(rated([
      ['S2', 'Improve falls risk assessments', 'Chief Nurse', 'Q4 2023/24', 'Not started - falls lead recruited, starts January', 'R'],
      ['S3', 'Develop a dementia strategy', 'Chief Nurse', 'March 2024', 'On track: draft out for consultation', 'Amber'],
    ])).toEqual([
      ['S2', 'off_track', 'red'],
      ['S3', 'at_risk', 'amber'],
    ]);
  });

  it('does not make a worse update milder, nor undo a completion the update reports', () => {
    expect(rated([
      ['M2', 'Store medicines at the right temperature', 'Medical Director', 'January 2024', 'Significantly delayed by the supplier', 'G'],
      ['S1', 'Review the discharge lounge staffing', 'COO', 'March 2024', 'Complete - paper approved at Executive Team 24/10/23', 'A'],
    ])).toEqual([
      ['M2', 'off_track', 'red'],
      // Changed on purpose: on a BRAG scale (Blue = complete) the lead's Amber says open, so it holds the update's completion open (blueScale.ts).
      ['S1', 'at_risk', 'amber'],
    ]);
  });
});

describe("a lead's colour on a plain RAG scale beside an update that reads complete", () => {
  it('leaves the completion standing: without Blue, Green or Amber is no sign the lead holds it open', () => {
    const grid = { name: 'CQC plan', rows: [['Ref', 'Action required', 'Executive lead', 'Target date', 'Progress update', 'RAG'], ['S1', 'Review the discharge lounge staffing', 'COO', 'March 2024', 'Complete - paper approved at Executive Team 24/10/23', 'A']], merges: [], tables: [], hidden: false, protected: false };
    expect((analyseWorkbook([grid], defaultSettings('2023-11-15')).trackers[0]?.actions ?? []).map((a) => [a.ref, a.status, a.rating])).toEqual([['S1', 'complete', 'complete']]);
  });
});
