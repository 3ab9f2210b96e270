import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.4: the RAG reason names the rule that fired, with the date. A step re-dated through a
 * revised-date column ("Forecast date", "Revised target date") has two dates, and a board asks
 * what it slipped from: the reason gives both, or says the new date is still to be confirmed.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Milestone Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const HEADER = ['ID', 'Milestone', 'Milestone owner', 'Planned date', 'Forecast date', 'Status'];
const settings = defaultSettings('2025-01-15');

function reasons(rows: CellValue[][]): string[] {
  const actions = analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];
  return actions.map((a) => a.reason);
}

describe('a step re-dated by a forecast or revised date column', () => {
  it('names the planned date and the forecast one where the lead reports it slipped', () => {
    const rows = [HEADER, ['M15', 'Smartcard authentication configured', 'Head of Infrastructure', date('2024-12-13'), date('2025-01-24'), 'Slipped']];
    expect(reasons(rows)).toEqual(['Amber: the action is reported as delayed or at risk, and has been re-dated from 13 Dec 2024 to 24 Jan 2025.']);
  });

  it('names the planned date where the forecast is still to be confirmed', () => {
    const rows = [HEADER, ['M13', 'Go-live date confirmed', 'Programme Director', date('2025-10-06'), 'TBC', 'On track']];
    expect(reasons(rows)).toEqual(['Amber: the action has been re-dated from 6 Oct 2025 to a date still to be confirmed, which counts as slippage.']);
  });

  it('gives each step its own earlier date, though they now share a forecast', () => {
    const rows = [
      HEADER,
      ['M04', 'Interfaces specification signed off', 'Integration Lead', date('2025-01-31'), date('2025-03-14'), 'On track'],
      ['M05', 'Trial data load', 'Data Migration Lead', date('2025-02-28'), date('2025-03-14'), 'On track'],
    ];
    expect(reasons(rows)).toEqual([
      'Amber: the action has been re-dated from 31 Jan 2025 to 14 Mar 2025, which counts as slippage.',
      'Amber: the action has been re-dated from 28 Feb 2025 to 14 Mar 2025, which counts as slippage.',
    ]);
  });

  it('reads a "Revised target date" column as a forecast is read', () => {
    const rows = [
      ['Ref', 'Action', 'Lead', 'Target date', 'Revised target date', 'Update'],
      ['1', 'Install fridge monitoring', 'Chief Pharmacist', 'End of Jan 25', date('2025-04-30'), 'Supplier contracted; work scheduled'],
    ];
    expect(reasons(rows)).toEqual(['Amber: the action has been re-dated from 31 Jan 2025 to 30 Apr 2025, which counts as slippage.']);
  });
});
