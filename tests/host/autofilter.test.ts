import ExcelJS from 'exceljs';
import { modelFromExcelJs } from '../../src/host/exceljs/load';
import { MemoryExcelHost } from '../../src/host/memory';
import { filteredTrackerBytes } from '../helpers/hidden-rows';
import { failure, hostOf, sheetOf } from './helpers';

/*
 * Worksheet.autoFilter (ExcelApi 1.9) as the Office.js reference describes it: enabled,
 * isDataFiltered, criteria, getRange / getRangeOrNullObject, apply and remove, and loaded from
 * a workbook's <autoFilter>.
 */

const plan = () => sheetOf('Plan', [['Ref', 'Action', 'Status'], [1, 'Publish', 'Done'], [2, 'Agree', 'Late']]);

async function loaded(bytes: Buffer): Promise<MemoryExcelHost> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return new MemoryExcelHost(modelFromExcelJs(wb));
}

describe('the in-memory host: Worksheet.autoFilter', () => {
  it('is off on a sheet without one: not enabled, not filtered, no criteria and a null range', async () => {
    const host = hostOf([plan()]);
    const seen = await host.run(async (ctx) => {
      const af = ctx.workbook.worksheets.getItem('Plan').autoFilter;
      af.load('enabled, isDataFiltered, criteria');
      const over = af.getRangeOrNullObject().load('address');
      await ctx.sync();
      return { enabled: af.enabled, filtered: af.isDataFiltered, criteria: af.criteria, isNull: over.isNullObject };
    });
    expect(seen).toEqual({ enabled: false, filtered: false, criteria: [], isNull: true });
  });

  it('applies to a range, filters a column by criteria, and is removed; getRange fails without one', async () => {
    const host = hostOf([plan()]);
    const sheet = host.workbook.sheets[0]!;
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Plan');
      ws.autoFilter.apply(ws.getRange('A1:C3'), 2, { filterOn: 'Values', values: ['Late'] });
      await ctx.sync();
    });
    expect(sheet.autoFilter?.range).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect([...(sheet.autoFilter?.criteria ?? [])]).toEqual([[2, { filterOn: 'Values', values: ['Late'] }]]);
    const seen = await host.run(async (ctx) => {
      const af = ctx.workbook.worksheets.getItem('Plan').autoFilter;
      af.load('isDataFiltered, criteria');
      const over = af.getRange().load('address');
      await ctx.sync();
      return [af.isDataFiltered, af.criteria.length, over.address];
    });
    expect(seen).toEqual([true, 3, 'Plan!A1:C3']);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').autoFilter.remove();
      await ctx.sync();
    });
    expect(sheet.autoFilter).toBeNull();
    const error = await failure(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').autoFilter.getRange().load('address');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('keeps criteria when applied to the same range, and starts afresh on another', async () => {
    const host = hostOf([plan()]);
    const sheet = host.workbook.sheets[0]!;
    sheet.autoFilter = { range: { top: 0, left: 0, bottom: 2, right: 2 }, criteria: new Map([[2, { filterOn: 'Values' }]]), unreadCriteria: false };
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').autoFilter.apply('A1:C3');
      await ctx.sync();
    });
    expect(sheet.autoFilter?.criteria.size).toBe(1);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').autoFilter.apply('A1:E3');
      await ctx.sync();
    });
    expect(sheet.autoFilter).toEqual({ range: { top: 0, left: 0, bottom: 2, right: 4 }, criteria: new Map(), unreadCriteria: false });
    expect(sheet.changes.autoFilter).toBe(true);
  });

  it('refuses it below ExcelApi 1.9 and on a protected sheet', async () => {
    const old = hostOf([plan()], { apiVersion: '1.8' });
    const error = await failure(
      old.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').autoFilter.load('enabled');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    const locked = plan();
    locked.protected = true;
    const denied = await failure(
      hostOf([locked]).run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').autoFilter.apply('A1:C3');
        await ctx.sync();
      }),
    );
    expect(denied.code).toBe('AccessDenied');
  });

  it('loads a workbook\'s AutoFilter: its range, and rows hidden under it as criteria it cannot name', async () => {
    const filtered = (await loaded(filteredTrackerBytes())).workbook.sheets[0]?.autoFilter;
    expect(filtered).toEqual({ range: { top: 0, left: 0, bottom: 4, right: 4 }, criteria: new Map(), unreadCriteria: true });
    const open = (await loaded(filteredTrackerBytes({ criteria: false }))).workbook.sheets[0]?.autoFilter;
    expect(open).toEqual({ range: { top: 0, left: 0, bottom: 4, right: 4 }, criteria: new Map(), unreadCriteria: false });
  });
});
