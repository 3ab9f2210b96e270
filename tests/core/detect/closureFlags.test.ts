import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { matchRole } from '../../../src/core/detect/headers';
import { isFlagHeader, normaliseHeader } from '../../../src/core/detect/headers';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A closure flag (SPEC 2.2: an Open/Closed or Complete? column) is written many ways: with its values
 * after it, bracketed or not ("Closed Y/N", "Closed (Y/N)", "Complete - Yes/No"), as a question
 * ("Closed?"), or naming what is closed ("Action closed", "Is the action complete?"). Each is read as
 * the flag it is, beside the update, and its "Y" closes the action however late its date.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const settings = defaultSettings('2026-12-07');
const rate = (rows: CellValue[][]) => analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];

const FLAGS = ['Closed Y/N', 'Closed (Y/N)', 'Closed?', 'Open/Closed', 'Action closed', 'Action closed?', 'Complete Y/N', 'Completed - Yes/No', 'Is the action complete?', 'Action complete (Y/N)', 'Item closed Y/N'];

describe('a closure flag column', () => {
  it.each(FLAGS)('"%s" is a flag header', (header) => {
    expect(isFlagHeader(normaliseHeader(header))).toBe(true);
    expect(matchRole(header)?.role).toBe('status');
  });

  it.each(FLAGS)('"%s" = Y closes a past-due action on its own', (header) => {
    const yes = header === 'Open/Closed' ? 'Closed' : 'Y';
    const actions = rate([['No.', 'Action', 'Lead', 'Target date', header], [10, 'Body-worn cameras in ED', 'Security Manager', date('2026-10-31'), yes]]);
    expect(actions.map((a) => a.rating)).toEqual(['complete']);
  });

  it.each(FLAGS)('"%s" = Y beside the update wins over an update still reading open (explicit closure)', (header) => {
    const yes = header === 'Open/Closed' ? 'Closed' : 'Y';
    const rows: CellValue[][] = [
      ['No.', 'Action', 'Lead', 'Target date', header, 'Progress update'],
      [10, 'Body-worn cameras in ED', 'Security Manager', date('2026-10-31'), yes, 'Cameras live in ED since 14/10/26. MH liaison team declined; descoped.'],
      [11, 'Wellbeing hubs on each site', 'Head of Wellbeing', date('2026-10-31'), 'N', 'Main site hub open.'],
    ];
    expect(rate(rows).map((a) => a.rating)).toEqual(['complete', 'red']);
  });

  it('"N" there keeps a past-due action open', () => {
    const actions = rate([['No.', 'Action', 'Lead', 'Target date', 'Closed Y/N'], [10, 'Body-worn cameras', 'Security Manager', date('2026-10-31'), 'N']]);
    expect(actions.map((a) => a.rating)).toEqual(['red']);
  });
});

describe('headers that only look like closure flags', () => {
  it.each([
    ['Actions completed to date', 'action'],
    ['Date closed', null],
    ['Action status', 'status'],
    ['Action', 'action'],
  ])('"%s" keeps its reading', (header, role) => {
    expect(matchRole(header)?.role ?? null).toBe(role);
  });

  it('a plural "Actions completed" is a narrative, not a flag', () => {
    expect(matchRole('Actions completed')?.role).not.toBe('status');
  });
});
