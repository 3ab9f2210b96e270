import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A compliance column whose header lists its values with "Partial" ("Compliant (Y/N/Partial)") is the lead's
 * judgement against the standard, as "Compliance" is: its "Partial" holds the action at risk however under way
 * the update sounds, and an update reading worse still wins (docs/how-it-reads.md).
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IEA tracker', rows, merges: [], tables: [], hidden: false, protected: false });
const settings = defaultSettings('2026-12-07');
const rated = (header: string, flag: string, update: string): [string, string] => {
  const rows = [['IEA', 'Action required', header, 'Lead', 'Target date', 'Update'], ['1.2', 'External clinical specialist opinion for cases of intrapartum death', flag, 'Clinical Director', 'Jan 27', update]];
  const action = analyseSheet(grid(rows), settings, createParsers(settings))?.actions[0];
  return [action?.rating ?? '', action?.status ?? ''];
};
const UNDER_WAY = 'Audit of 2026 cases underway – 9 of 11 had external opinion. Two cases being reviewed.';

describe('"Partial" in a compliance column that lists its values', () => {
  it.each(['Compliant (Y/N/Partial)', 'Compliant Y/N/Partial', 'Compliant (Y/Partial/N)', 'Compliance (Yes/No/Partial)'])('%s: Partial beside an update under way is Amber', (header) => {
    expect(rated(header, 'Partial', UNDER_WAY)).toEqual(['amber', 'at_risk']);
  });

  it('an update reading worse still wins', () => {
    expect(rated('Compliant (Y/N/Partial)', 'Partial', 'Audit stopped – off track, no clinician to lead it')).toEqual(['red', 'off_track']);
  });

  it('"Y" still closes the action, and an update alone still rates it', () => {
    expect(rated('Compliant (Y/N/Partial)', 'Y', 'Monthly sharing embedded since 2021.')).toEqual(['complete', 'complete']);
    expect(rated('Notes (Y/N/Partial)', 'Partial', UNDER_WAY)).toEqual(['green', 'on_track']);
  });
});
