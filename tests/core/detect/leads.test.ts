import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'CQC plan', rows, merges: [], tables: [], hidden: false, protected: false });
const settings = defaultSettings('2025-11-14');
const analyse = (rows: CellValue[][], s = settings) => analyseSheet(grid(rows), s, createParsers(s));

/*
 * A CQC action plan names the executive accountable for each action and the operational lead doing
 * the work; a programme manager chasing the action wants both, so both are read into the lead.
 */
describe('two lead columns that say which lead each is', () => {
  const HEADER = ['Ref', 'Action', 'Exec Lead', 'Operational Lead', 'Target Date', 'Progress update'];
  const rows: CellValue[][] = [
    HEADER,
    ['MD2', 'Daily CD checks on wards 7 and 9', 'Chief Nurse', 'Associate Director of Nursing – Medicine', '30/11/2025', 'Checks in place'],
    ['MD6', 'Digital resus trolley checks', 'Chief Operating Officer', null, '31/03/2026', 'On track'],
    ['MD7', 'PGD for nurse-initiated analgesia', null, 'Consultant Nurse ED', '31/03/2026', 'On track'],
    ['MD8', 'Incident backlog reduction plan', 'Chief Nurse', 'chief nurse', '31/03/2026', 'On track'],
  ];

  it('reads both into the lead, the executive first, each name once', () => {
    expect(analyse(rows)?.actions.map((a) => a.lead)).toEqual([
      'Chief Nurse; Associate Director of Nursing – Medicine',
      'Chief Operating Officer',
      'Consultant Nurse ED',
      'Chief Nurse',
    ]);
    expect(analyse(rows)?.issues.map((i) => i.code)).not.toContain('duplicate_column');
  });

  it('still reads both once the detected mapping has been confirmed', () => {
    const confirmed = { ...settings, mapping: { 'CQC plan': { headerRow: 1, columns: { ref: 'A', action: 'B', lead: 'C', timeframe: 'E', status: 'F' } } } };
    expect(analyse(rows, confirmed)?.actions[0]?.lead).toBe('Chief Nurse; Associate Director of Nursing – Medicine');
  });

  it('joins no plain second lead: a rival, reported, that may be the one meant', () => {
    const plain = analyse([['Ref', 'Action', 'Lead', 'Owner', 'Due date', 'Status'], ['1', 'Train staff', 'Chief Nurse', 'Head of Education', '31/03/2026', 'On track']]);
    expect(plain?.actions[0]?.lead).toBe('Chief Nurse');
    expect(plain?.issues.map((i) => [i.cell, i.code])).toContainEqual(['D1', 'duplicate_column']);
    // Beside them, the qualified pair is still read together.
    expect(analyse(rows)?.actions[0]?.lead).toBe('Chief Nurse; Associate Director of Nursing – Medicine');
  });
});
