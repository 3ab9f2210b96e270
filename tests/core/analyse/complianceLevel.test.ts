import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { namesComplianceLevel, statusFlags } from '../../../src/core/analyse/flagColumns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An EPRR core-standards improvement plan gives each standard's compliance level, last year's
 * and this year's ("2025 compliance | Self-assessed compliance 2026"), beside the action that
 * will bring it to full compliance. The level is why the action exists, not how its delivery is
 * going: "Partial" or "Non compliant" never rates the action worse, and last year's "Full" never
 * closes it. The action is rated on its update, the lead's RAG and its dates.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Improvement Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Core Std No.', 'Domain', '2025 compliance', 'Self-assessed compliance 2026', 'Action required to achieve full compliance', 'Lead', 'Deadline', 'Update', 'RAG'];
const row = (ref: string, before: string, now: string | null, update: string | null, rag: string | null): CellValue[] =>
  [ref, 'Governance', before, now, 'Review the EPRR policy', 'Head of EPRR', '31/03/2027', update, rag];

function ratings(rows: CellValue[][]): string[] {
  return (analyseWorkbook([grid([HEADER, ...rows])], defaultSettings('2026-11-16')).trackers[0]?.actions ?? []).map((a) => a.rating);
}

describe('a compliance level beside an improvement action', () => {
  it('never rates the action worse when its update and RAG are blank', () => {
    expect(ratings([row('2', 'Partial', 'Partial', null, null), row('12', 'Non', 'Non compliant', null, null)])).toEqual(['green', 'green']);
  });

  it('leaves the update and the lead\'s RAG to rate it', () => {
    expect(ratings([row('2', 'Partial', 'Partial', 'Draft slipped; not on track', 'R'), row('3', 'Partial', 'Partial', 'On track', 'G')])).toEqual(['red', 'green']);
  });

  it('never closes an action on a year\'s level, which may be last year\'s', () => {
    expect(ratings([row('1', 'Fully compliant', null, 'Policy drafted', null), row('3', 'Partial', 'Fully compliant', 'Policy drafted', null)])).toEqual(['green', 'green']);
  });

  it('does not hold open an action its update closes', () => {
    expect(ratings([row('24', 'Partial', 'Partial', 'TNA completed Aug 26 and approved', 'C')])).toEqual(['complete']);
  });
});

describe('namesComplianceLevel and statusFlags', () => {
  it('knows a compliance level assessed at a point by its header, not its evidence', () => {
    expect(['Self-assessed compliance 2026', '2025 compliance', 'Baseline compliance', 'Compliance assessment'].map(namesComplianceLevel)).toEqual([true, true, true, true]);
    expect(['Evidence of compliance', 'RAG', 'Update'].map(namesComplianceLevel)).toEqual([false, false, false]);
  });

  // Regression hunt (review 8): an MIS tracker's "Compliant (Y/N/Partial)" is where the requirement
  // stands now, the lead's judgement against it; read as a level, its "Partial" gave false Greens.
  it('leaves a current compliance judgement to be read as a status column', () => {
    expect(['Compliance', 'Compliant (Y/N/Partial)', 'Current compliance', 'Compliant?'].map(namesComplianceLevel)).toEqual([false, false, false, false]);
  });

  it('lets only a level named for no period close the action', () => {
    expect(statusFlags([2, 3, 4], ['Action', 'Update', 'Self-assessed compliance', '2025 compliance', 'RAG']).levels).toEqual([{ col: 2, closes: true }, { col: 3, closes: false }]);
  });
});

describe("a maternity incentive scheme tracker's current compliance", () => {
  // Regression hunt (review 8): the row is the requirement and "Partial" is where it stands now, the
  // lead's judgement against it; read as a baseline level it gave a safety action a false Green.
  const MIS = ['Ref', 'Safety action', 'Requirement', 'Lead', 'Deadline', 'Compliant (Y/N/Partial)', 'Update'];
  const rated = (compliant: string, update: string): string =>
    analyseWorkbook([grid([MIS, ['6.1', 'Saving Babies Lives', 'Element 2 (FGR) at 80%', 'Consultant midwife', '28/02/2026', compliant, update]])], defaultSettings('2025-12-10')).trackers[0]?.actions[0]?.rating ?? '';

  it('rates "Partial" Amber though the update says nothing worse', () => {
    expect(rated('Partial', 'LMNS review Nov: overall 76%.')).toBe('amber');
  });

  it('closes on "Y"', () => {
    expect(rated('Y', 'Evidence submitted to LMNS')).toBe('complete');
  });
});
