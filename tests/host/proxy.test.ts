import { cellAt } from '../../src/host/memory';
import { failure, smallHost } from './helpers';

describe('the in-memory host: proxies', () => {
  it('throws the real PropertyNotLoaded error when a property is read before load and sync', async () => {
    const host = smallHost();
    const error = await failure(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Plan').getRange('A1:C1');
        range.load('values');
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
        return range.values;
      }),
    );
    expect(error.code).toBe('PropertyNotLoaded');
    expect(error.name).toBe('RichApi.Error');
    expect(error.message).toBe(
      "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    );
  });

  it('answers a loaded property after the sync, and still refuses one that was not loaded', async () => {
    const host = smallHost();
    const seen = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:C1');
      range.load('values, address');
      await context.sync();
      let unloaded = '';
      try {
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        void range.numberFormat;
      } catch (error) {
        unloaded = (error as { code: string }).code;
      }
      return { values: range.values, address: range.address, unloaded };
    });
    expect(seen).toEqual({ values: [['Ref', 'Action', 'Lead']], address: 'Plan!A1:C1', unloaded: 'PropertyNotLoaded' });
  });

  it('gives the workbook title as DocumentProperties does: empty when none is set, ApiNotFound below ExcelApi 1.7', async () => {
    const read = (host: ReturnType<typeof smallHost>): Promise<string> =>
      host.run(async (context) => {
        const properties = context.workbook.properties.load('title');
        await context.sync();
        return properties.title;
      });
    const titled = smallHost();
    titled.workbook.title = 'Strategy delivery plan';
    expect(await read(titled)).toBe('Strategy delivery plan');
    expect(await read(smallHost())).toBe('');
    expect((await failure(read(smallHost({ apiVersion: '1.6' })))).code).toBe('ApiNotFound');
  });

  it('queues writes and applies them only at sync', async () => {
    const host = smallHost();
    const plan = host.workbook.sheets[0];
    if (!plan) throw new Error('no sheet');
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('D1').values = [['RAG']];
      expect(cellAt(plan, 0, 3)).toBeUndefined();
      await ctx.sync();
      expect(cellAt(plan, 0, 3)?.value).toBe('RAG');
    });
  });

  it('flushes what is still queued when the batch returns, as Excel.run does', async () => {
    const host = smallHost();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('D1').values = [['RAG']];
    });
    expect(cellAt(host.workbook.sheets[0]!, 0, 3)?.value).toBe('RAG');
    expect(host.stats.syncs).toBe(1);
  });

  it('fails getItem on a missing sheet at sync with ItemNotFound, after running what came before it', async () => {
    const host = smallHost();
    const error = await failure(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Plan').getRange('D1').values = [['first']];
        ctx.workbook.worksheets.getItem('No such sheet').getRange('A1').values = [['never']];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(cellAt(host.workbook.sheets[0]!, 0, 3)?.value).toBe('first');
  });

  it('gives null objects for *OrNullObject, all the way down a chain, with unloaded reads answering undefined', async () => {
    const host = smallHost();
    const seen = await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Missing');
      const first = context.workbook.worksheets.getFirst();
      const third = first.getNextOrNullObject().getNextOrNullObject();
      const used = third.getUsedRangeOrNullObject(true);
      used.load('values');
      first.load('name');
      let early = '';
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake under test
        void missing.isNullObject;
      } catch (error) {
        early = (error as { code: string }).code;
      }
      await context.sync();
      return { early, missing: missing.isNullObject, first: first.name, third: third.isNullObject, used: used.isNullObject, values: used.values };
    });
    expect(seen).toEqual({ early: 'PropertyNotLoaded', missing: true, first: 'Plan', third: true, used: true, values: undefined });
  });

  it('gives Range.rowHidden as Excel does: only after load and sync; true all, false none, null some rows hidden', async () => {
    const host = smallHost();
    const plan = host.workbook.sheets[0];
    if (!plan) throw new Error('no sheet');
    plan.hiddenRows.add(1);
    const seen = await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Plan');
      const ranges = ['A1:C3', 'A2:C2', 'A3:C3', 'A1'].map((address) => ws.getRange(address).load('rowHidden'));
      const used = ws.getUsedRangeOrNullObject(true).load('rowHidden');
      let early = '';
      try {
        // Read before the sync: the mistake under test.
        void used.rowHidden;
      } catch (error) {
        early = (error as { code: string }).code;
      }
      await context.sync();
      return { early, ranges: ranges.map((r) => r.rowHidden), used: used.rowHidden };
    });
    expect(seen).toEqual({ early: 'PropertyNotLoaded', ranges: [null, true, false, false], used: null });
  });

  it('loads collection items through navigation paths', async () => {
    const host = smallHost();
    const names = await host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name, items/protection/protected');
      await ctx.sync();
      return sheets.items.map((s) => [s.name, s.protection.protected]);
    });
    expect(names).toEqual([
      ['Plan', false],
      ['Notes', false],
    ]);
  });
});
