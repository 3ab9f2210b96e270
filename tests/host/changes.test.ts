import { newSheet, updateCell } from '../../src/host/memory';

describe('the record of changed cells', () => {
  it('gathers what changed in a cell over several writes, keeping the cells in the order first changed', () => {
    const sheet = newSheet('Plan');
    updateCell(sheet, 0, 1, { value: 'Red', type: 'String' });
    updateCell(sheet, 2, 0, { bold: true });
    updateCell(sheet, 0, 1, { numberFormat: '@' });
    updateCell(sheet, 0, 1, { style: { fill: '#FF0000' } });
    // The same value again is no change: the record stays as it was.
    updateCell(sheet, 2, 0, { bold: true });
    expect([...sheet.changes.cells]).toEqual([
      ['0,1', { value: true, numberFormat: true, bold: false, style: true }],
      ['2,0', { value: false, numberFormat: false, bold: true, style: false }],
    ]);
  });

  it('shares one frozen record between cells with the same changes, so a large write makes no object per cell', () => {
    const sheet = newSheet('Plan');
    for (let r = 0; r < 100; r++) updateCell(sheet, r, 0, { value: `Row ${r}`, type: 'String' });
    const records = new Set(sheet.changes.cells.values());
    expect(records.size).toBe(1);
    const [record] = records;
    expect(Object.isFrozen(record)).toBe(true);
    // A later change to one cell gives that cell another record and leaves the others as they were.
    updateCell(sheet, 5, 0, { bold: true });
    expect(sheet.changes.cells.get('5,0')).toEqual({ value: true, numberFormat: false, bold: true, style: false });
    expect(sheet.changes.cells.get('6,0')).toEqual({ value: true, numberFormat: false, bold: false, style: false });
  });
});
