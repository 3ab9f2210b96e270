import { excelDate } from '../../src/host/memory/functions';
import { failure, smallHost } from './helpers';

/*
 * Excel.Functions.date, as the adapter asks it for the workbook's date system: DATE gives the
 * serial of a day in the workbook's own system, 1,462 lower in a 1904 workbook.
 */

describe('excelDate (DATE as Excel evaluates it)', () => {
  it.each([
    [2000, 1, 1, false, 36_526],
    [2000, 1, 1, true, 35_064],
    [2023, 1, 1, false, 44_927],
    [2023, 1, 1, true, 43_465],
    [1900, 1, 1, false, 1],
    [1900, 3, 1, false, 61],
    [1904, 1, 2, true, 1],
    [2024, 13, 1, false, 45_658],
    [2024, 3, 0, false, 45_351],
  ])('DATE(%i, %i, %i) with date1904 %s is %i', (y, m, d, date1904, serial) => {
    expect(excelDate(y, m, d, date1904)).toEqual({ value: serial, error: null });
  });

  it('is #NUM! before the first day of the system', () => {
    expect(excelDate(1903, 12, 31, true)).toEqual({ value: null, error: '#NUM!' });
  });
});

describe('workbook.functions.date through the host', () => {
  const y2k = (host: ReturnType<typeof smallHost>): Promise<number> =>
    host.run(async (context) => {
      const result = context.workbook.functions.date(2000, 1, 1).load('value');
      await context.sync();
      return result.value;
    });

  it('answers after the sync in the workbook date system', async () => {
    const host = smallHost();
    expect(await y2k(host)).toBe(36_526);
    host.workbook.date1904 = true;
    expect(await y2k(host)).toBe(35_064);
  });

  it('refuses a read before the sync, and needs ExcelApi 1.2', async () => {
    const early = await failure(
      smallHost().run(async (context) => {
        const result = context.workbook.functions.date(2000, 1, 1).load('value');
        return result.value;
      }),
    );
    expect(early.code).toBe('PropertyNotLoaded');
    expect((await failure(y2k(smallHost({ apiVersion: '1.1' })))).code).toBe('ApiNotFound');
  });
});
