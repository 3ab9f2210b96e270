import ExcelJS from 'exceljs';
import type { IsoDate } from '../../../src/core/types';
import { dateSerial, numberCell, styleOnlyCell, textCell } from '../../../src/xlsx/patch/cells';
import { XlsxPackage } from '../../../src/xlsx/patch/package';
import { elements, parseXml } from './helpers';

describe('cell XML', () => {
  it('a text cell refers to the shared string by index, with its style', () => {
    expect(textCell('G7', 3, 12)).toBe('<c r="G7" s="3" t="s"><v>12</v></c>');
    expect(textCell('A1', 0, 0)).toBe('<c r="A1" t="s"><v>0</v></c>');
  });

  it('a number cell holds the number; style 0 is left implicit', () => {
    expect(numberCell('B4', 0, 0.5)).toBe('<c r="B4"><v>0.5</v></c>');
    expect(numberCell('J4', 7, 44895)).toBe('<c r="J4" s="7"><v>44895</v></c>');
    expect(numberCell('C1', 0, -1.25e-7)).toBe('<c r="C1"><v>-1.25e-7</v></c>');
  });

  it('a number that is not finite becomes an empty cell with the style, never "NaN" or "Infinity"', () => {
    for (const n of [NaN, Infinity, -Infinity]) expect(numberCell('D2', 5, n)).toBe('<c r="D2" s="5"/>');
  });

  it('a style-only cell has no value', () => {
    expect(styleOnlyCell('C2', 4)).toBe('<c r="C2" s="4"/>');
    expect(styleOnlyCell('C2', 0)).toBe('<c r="C2"/>');
  });

  it('every kind is well-formed', () => {
    const xml = `<row>${textCell('A1', 1, 2)}${numberCell('B1', 0, 3)}${styleOnlyCell('C1', 2)}</row>`;
    expect(elements(parseXml(xml), 'c').map((c) => c.attrs.r)).toEqual(['A1', 'B1', 'C1']);
  });
});

describe('dateSerial', () => {
  it('counts days from 1899-12-30 in the 1900 date system', () => {
    expect(dateSerial('2022-11-30', false)).toBe(44895);
    expect(dateSerial('1970-01-01', false)).toBe(25569);
    expect(dateSerial('1900-03-01', false)).toBe(61);
    expect(dateSerial('2024-02-29', false)).toBe(45351);
  });

  it('counts days from 1904-01-01 in the 1904 date system, 1,462 fewer', () => {
    expect(dateSerial('2022-11-30', true)).toBe(43433);
    expect(dateSerial('1904-01-01', true)).toBe(0);
    expect(dateSerial('1904-01-02', true)).toBe(1);
    for (const iso of ['1999-12-31', '2023-01-05', '2040-06-15'] as IsoDate[]) expect(dateSerial(iso, false) - dateSerial(iso, true)).toBe(1462);
  });

  it('is a whole number on days when the clock changes (UK summer time starts and ends)', () => {
    for (const iso of ['2023-03-26', '2023-10-29', '2023-03-27'] as IsoDate[]) expect(Number.isInteger(dateSerial(iso, false))).toBe(true);
    expect(dateSerial('2023-03-27', false) - dateSerial('2023-03-26', false)).toBe(1);
  });

  it('agrees with the serial ExcelJS writes for the same day, in both date systems', async () => {
    const days: IsoDate[] = ['1900-03-01', '1904-01-01', '1999-12-31', '2022-11-30', '2023-01-05', '2024-02-29', '2099-12-31'];
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('Dates');
      days.forEach((iso, i) => {
        ws.getCell(i + 1, 1).value = new Date(`${iso}T00:00:00Z`);
      });
      const pkg = XlsxPackage.open(Buffer.from(await wb.xlsx.writeBuffer()));
      const sheet = parseXml(pkg.text('xl/worksheets/sheet1.xml') ?? '');
      const written = elements(sheet, 'v').map((v) => Number(v.text));
      expect(written).toEqual(days.map((iso) => dateSerial(iso, date1904)));
    }
  });
});
