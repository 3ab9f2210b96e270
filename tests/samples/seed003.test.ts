import type ExcelJS from 'exceljs';
import { buildIntoTempDir, readSample, sheetOf, textAt } from './helpers';

/** [ambition number, progress as at 2023-24 Q2, confidence by 2023-24 Q4], as the paper gives them. */
const PAPER_PERCENTAGES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1],
  [2, 1, 0.75],
  [3, 1, 1],
  [4, 1, 1],
  [5, 1, 0.8],
  [6, 0.9, 1],
  [7, 1, 0.9],
  [8, 0.8, 1],
  [9, 1, 1],
  [10, 1, 0.8],
  [11, 1, 1],
  [12, 1, 1],
];

describe('seed 003: Table One – High-level Action Progress Summary', () => {
  let table: ExcelJS.Worksheet;
  let conditions: ExcelJS.Worksheet;
  beforeAll(async () => {
    const workbook = await readSample(await buildIntoTempDir(), 'seed003-strategy-table-one.xlsx');
    table = sheetOf(workbook, 'Table One');
    conditions = sheetOf(workbook, 'Conditions');
  });

  it('has the title row above the paper\'s five column headings', () => {
    expect(textAt(table, 1, 1)).toBe('Table One – High-level Action Progress Summary');
    expect([1, 2, 3, 4, 5].map((c) => textAt(table, 2, c))).toEqual([
      'Strategic objectives',
      'It is our ambition that by 2026:',
      'Progress with high-level actions as at 2023-24 Q2',
      'Confidence in delivering high-level actions by 2023-24 Q4',
      'Supporting strategy',
    ]);
  });

  it('lists the 12 ambitions with the paper\'s progress and confidence as percentages', () => {
    for (const [n, progress, confidence] of PAPER_PERCENTAGES) {
      const row = 2 + n;
      expect(textAt(table, row, 2).startsWith(`${n}. `)).toBe(true);
      expect(table.getCell(row, 3).value).toBe(progress);
      expect(table.getCell(row, 4).value).toBe(confidence);
      expect(table.getCell(row, 3).numFmt).toBe('0%');
      expect(table.getCell(row, 4).numFmt).toBe('0%');
    }
    expect(textAt(table, 3, 2)).toBe('1. Our services are inclusive and easy to access');
    expect(table.rowCount).toBe(14);
  });

  it('merges each strategic objective down over its three ambitions', () => {
    const objectives = ['Provide outstanding care', 'Be collaborative', 'Be an excellent employer', 'Be sustainable'];
    objectives.forEach((objective, i) => {
      const first = 3 + 3 * i;
      expect(textAt(table, first, 1)).toBe(objective);
      for (const row of [first + 1, first + 2]) {
        expect(table.getCell(row, 1).isMerged).toBe(true);
        expect(table.getCell(row, 1).master.address).toBe(`A${first}`);
      }
    });
  });

  it('joins the PDF line breaks in supporting strategies with spaces', () => {
    expect(textAt(table, 3, 5)).toBe('People, Quality, Digital, Estates, Communications');
    expect(textAt(table, 12, 5)).toBe('Trust Strategic Framework, People, Quality, Digital, Finance, Green');
  });

  it('lists every condition of the annexes as its own row, with objective, ambition and ref', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => textAt(conditions, 1, c))).toEqual([
      'Strategic objective',
      'Ambition',
      'Ref',
      'Condition',
      'Lead',
      'Time frame',
      'Progress update',
    ]);
    const refs: string[] = [];
    for (let r = 2; r <= conditions.rowCount; r++) refs.push(textAt(conditions, r, 3));
    expect(refs).toEqual('1a 1b 1c 1d 2a 2b 2c 2d 3a 3b 3c 4a 4b 5a 5b 6a 7a 7b 7c 7d 8a 8b 8c 9a 9b 9c 10a 10b 10c 11a 11b 12a 12b'.split(' '));
    expect(textAt(conditions, 2, 1)).toBe('Provide outstanding care');
    expect(textAt(conditions, 2, 2)).toBe('1. Our services are inclusive and easy to access');
    expect(textAt(conditions, 2, 4)).toBe('All our services collect appropriate demographic details, which can be used to ensure an inclusive service for our service users.');
  });

  it('leaves Lead blank, gives the paper\'s 2023-24 Q4 as every time frame', () => {
    for (let r = 2; r <= conditions.rowCount; r++) {
      expect(conditions.getCell(r, 5).value).toBeNull();
      expect(textAt(conditions, r, 6)).toBe('2023-24 Q4');
    }
  });

  it('gives each condition the annex updates under its topic heading, and none where the annex has none', () => {
    const update = (ref: string): string => {
      for (let r = 2; r <= conditions.rowCount; r++) if (textAt(conditions, r, 3) === ref) return textAt(conditions, r, 7);
      throw new Error(`condition ${ref} not found`);
    };
    expect(update('1a')).toMatch(/^Demographic information will be collected using a new Equality, Diversity and Care Template/);
    expect(update('1a')).toContain('Complete the pilot and review feedback.');
    expect(update('1b')).toContain('iCaSH following the Bedfordshire tender.');
    expect(update('3c')).toBe('Work has not commenced on this action yet.');
    expect(update('6a')).toContain('Luton adults rated as amber at Executive Programme Board');
    expect(update('11a')).toContain('Identify potentially available space and map availability – Oct to Dec 23.');
    expect(update('7b')).toBe('');
  });
});
