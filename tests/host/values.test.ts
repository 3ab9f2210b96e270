import { cellAt } from '../../src/host/memory';
import { failure, hostOf, sheetOf } from './helpers';

async function write(values: unknown[][], numberFormat?: unknown[][]) {
  const host = hostOf([sheetOf('Plan', [['Ref']])]);
  await host.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Plan').getRangeByIndexes(1, 0, values.length, values[0]?.length ?? 1);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
  });
  const sheet = host.workbook.sheets[0]!;
  return values[0]!.map((_, c) => cellAt(sheet, 1, c));
}

describe('the in-memory host: what Excel stores for Range.values', () => {
  it('keeps text as text in a cell formatted as Text, even when it starts like a formula', async () => {
    const [cell] = await write([['-5 days overdue']], [['@']]);
    expect(cell).toMatchObject({ value: '-5 days overdue', type: 'String', numberFormat: '@' });
  });

  it('reads a leading = + or - as a formula in a General cell, as Excel documents for Range.values', async () => {
    const [minus, equals] = await write([['-5 days overdue', '=HYPERLINK("x")']]);
    expect(minus).toMatchObject({ type: 'Error', value: '#NAME?', formula: '=-5 days overdue' });
    expect(equals).toMatchObject({ type: 'Error', formula: '=HYPERLINK("x")' });
  });

  it('turns numbers and TRUE/FALSE written as strings into numbers and booleans, and keeps an apostrophe text', async () => {
    const cells = await write([['42', 'TRUE', "'42", 'Red']]);
    expect(cells.map((c) => [c?.value, c?.type])).toEqual([
      [42, 'Double'],
      [true, 'Boolean'],
      ['42', 'String'],
      ['Red', 'String'],
    ]);
  });

  it('leaves a cell alone for null and clears it for an empty string', async () => {
    const host = hostOf([sheetOf('Plan', [['a', 'b']])]);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('A1:B1').values = [[null, '']];
    });
    const sheet = host.workbook.sheets[0]!;
    expect([cellAt(sheet, 0, 0)?.value, cellAt(sheet, 0, 1)?.type]).toEqual(['a', 'Empty']);
  });

  it('refuses an array that is not the size of the range, and a value inside a merged cell', async () => {
    const host = hostOf([sheetOf('Plan', [['Heading']])]);
    host.workbook.sheets[0]!.merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
    const wrongSize = await failure(host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('A2:B2').values = [['only one']];
    }));
    expect(wrongSize.code).toBe('InvalidArgument');
    const merged = await failure(host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('A1:C1').values = [[null, null, 'x']];
    }));
    expect(merged.code).toBe('InvalidOperation');
  });

  it('records only real changes: writing the same value twice changes nothing the second time', async () => {
    const host = hostOf([sheetOf('Plan', [['Ref']])]);
    const once = async () =>
      host.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Plan').getRange('B1');
        range.numberFormat = [['@']];
        range.values = [['Red']];
      });
    await once();
    const sheet = host.workbook.sheets[0]!;
    expect([...sheet.changes.cells.keys()]).toEqual(['0,1']);
    sheet.changes.cells.clear();
    await once();
    expect(sheet.changes.cells.size).toBe(0);
  });
});
