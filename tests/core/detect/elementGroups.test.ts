import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { matchRole } from '../../../src/core/detect/headers';
import { readHeader } from '../../../src/core/detect/columns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * The headers a plan groups its actions by (SPEC 2.2 objective: Priority, Theme, Principle,
 * Workstream, Standard) include a staff survey plan's "People Promise element", a framework's
 * "Element", "Domain" or "Pillar", and a CQC plan's "Key line of enquiry". None takes a column
 * another role names better.
 */

describe('group headers read as the objective', () => {
  it.each(['People Promise element', 'Element', 'NHS People Promise', 'Domain', 'Pillar', 'Key line of enquiry', 'CQC domain'])('"%s"', (header) => {
    expect(matchRole(header)?.role).toBe('objective');
  });

  it('reads the staff survey plan\'s "People Promise element" as its objective, beside what staff said and the action', () => {
    const r = readHeader(['No.', 'People Promise element', 'What staff told us (2025 survey)', 'What we will do', 'Exec lead', 'Target date', 'Progress update']);
    expect(r.columns).toMatchObject({ ref: 0, objective: 1, action: 3, lead: 4, timeframe: 5, status: 6 });
  });

  it('gives way to a column named outright as the objective or theme', () => {
    const r = readHeader(['Ref', 'Strategic objective', 'Element', 'Action', 'Lead', 'Due']);
    expect(r.columns.objective).toBe(1);
    expect(readHeader(['Ref', 'Theme', 'Element', 'Action', 'Lead', 'Due']).columns.objective).toBe(1);
  });

  it.each(['Element lead', 'Element update', 'Domain owner', 'Pillar RAG'])('"%s" still names its own role', (header) => {
    expect(matchRole(header)?.role).not.toBe('objective');
  });
});

describe('a first column of distinct codes under a group header (DSPT contributing outcomes)', () => {
  // Each CAF objective is a heading merged across the table, as the DSPT plan has them.
  const headingRows = [1, 4];
  const grid = (rows: CellValue[][]): SheetGrid => ({
    name: 'DSPT plan', rows, merges: headingRows.filter((r) => r < rows.length && rows[r]?.length === 1).map((r) => ({ top: r, left: 0, bottom: r, right: 6 })), tables: [], hidden: false, protected: false,
  });
  const heading = (text: string): CellValue[] => [text];
  const row = (code: string, outcome: string, action: string, update: string): CellValue[] => [code, outcome, 'Partially achieved', action, 'CDIO', '31/03/2027', update];
  const rows: CellValue[][] = [
    ['Contributing outcome', 'Outcome description', 'Self-assessment', 'Improvement action', 'Lead', 'Target date', 'Latest update'],
    heading('Objective A – Managing risk'),
    row('A1.a', 'Board direction', 'Cyber strategy to Board', 'On track'),
    row('A2.a', 'Risk management', 'Cyber risks on the BAF', 'On track'),
    heading('Objective B – Protecting against cyber attack'),
    row('B2.a', 'Identity and access', 'MFA for remote access', 'On track'),
    row('B2.b', 'Privileged access', 'PAM for domain admins', 'On track'),
  ];
  const tracker = analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0];

  it('is the ref, not an ambition of one action each', () => {
    expect(tracker?.columns.ref).toBe(0);
    expect(tracker?.columns.ambition).toBeUndefined();
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['A1.a', 'A2.a', 'B2.a', 'B2.b']);
  });

  it('leaves the headings across the rows to group the actions', () => {
    expect(tracker?.actions.map((a) => a.objective)).toEqual([
      'Objective A – Managing risk', 'Objective A – Managing risk', 'Objective B – Protecting against cyber attack', 'Objective B – Protecting against cyber attack',
    ]);
  });

  it('keeps a group column whose codes repeat down the rows as the group', () => {
    const repeated: CellValue[][] = [
      ['Outcome', 'Action', 'Lead', 'Target date', 'Update'],
      ['A1', 'Cyber strategy', 'CFO', '31/03/2027', 'On track'],
      ['A1', 'Board training', 'CFO', '31/03/2027', 'On track'],
      ['B2', 'MFA', 'CDIO', '31/03/2027', 'On track'],
      ['B2', 'PAM', 'CDIO', '31/03/2027', 'On track'],
    ];
    const t = analyseWorkbook([grid(repeated)], defaultSettings('2026-12-07')).trackers[0];
    expect(t?.columns.ambition).toBe(0);
    expect(t?.columns.ref).toBeUndefined();
  });
});
