import { failure, hostOf, sheetOf, smallHost } from './helpers';

const MB = 1024 * 1024;

describe('the in-memory host: counting and limits', () => {
  it('counts round trips, bytes each way, cells read, format calls and rule calls apart', async () => {
    const host = smallHost();
    await host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Plan');
      const range = sheet.getRange('A1:C3');
      range.load('values');
      await ctx.sync();
      const out = sheet.getRange('D1:D3');
      out.numberFormat = [['@'], ['@'], ['@']];
      out.format.font.bold = true;
      out.values = [['RAG'], ['Red'], ['Green']];
      const rule = out.conditionalFormats.add('Custom');
      rule.custom.rule.formula = '=$D1="Red"';
      await ctx.sync();
    });
    expect(host.stats).toMatchObject({ syncs: 2, cellsRead: 9, maxCellsPerRead: 9, formatCalls: 2, ruleCalls: 2 });
    expect(host.stats.responseBytes[0]).toBeGreaterThan(JSON.stringify([['Ref', 'Action', 'Lead']]).length);
    expect(host.stats.requestBytes[1]).toBeGreaterThan(JSON.stringify([['RAG'], ['Red'], ['Green']]).length);
  });

  it('refuses a request over 5 MB on the web with RequestPayloadSizeLimitExceeded, applying nothing', async () => {
    const host = hostOf([sheetOf('Plan', [['Ref']])], { platform: 'web' });
    const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    const error = await failure(host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 1, big.length, 1).values = big;
      await ctx.sync();
    }));
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.workbook.sheets[0]!.rows[0]?.[1]).toBeUndefined();
    expect(host.stats.maxRequestBytes).toBeGreaterThan(5 * MB);
  });

  it('refuses a response over 5 MB on the web with ResponsePayloadSizeLimitExceeded, handing back no data', async () => {
    const rows = Array.from({ length: 6000 }, () => ['y'.repeat(1000)]);
    const host = hostOf([sheetOf('Plan', rows)], { platform: 'web' });
    let loaded: unknown = 'untouched';
    const error = await failure(host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange(`A1:A${rows.length}`);
      range.load('values');
      try {
        await context.sync();
      } finally {
        try {
          loaded = range.values;
        } catch (e) {
          loaded = (e as { code: string }).code;
        }
      }
    }));
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(loaded).toBe('PropertyNotLoaded');
  });

  it('has no payload limit on desktop', async () => {
    const host = hostOf([sheetOf('Plan', Array.from({ length: 6000 }, () => ['y'.repeat(1000)]))]);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('A1:A6000').load('values');
      await ctx.sync();
    });
    expect(host.stats.maxResponseBytes).toBeGreaterThan(5 * MB);
  });

  it('refuses to read more than 5 million cells of one range with RangeExceedsLimit', async () => {
    const host = smallHost();
    const error = await failure(host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('A1:E1048576').load('values');
      await ctx.sync();
    }));
    expect(error.code).toBe('RangeExceedsLimit');
    expect(error.message).toMatch(/^The cell count in the range has exceeded the maximum supported number/);
  });

  it('fails an API above the host requirement set with ApiNotFound', async () => {
    const host = smallHost({ apiVersion: '1.9' });
    expect(host.supports('1.7')).toBe(true);
    expect(host.supports('1.13')).toBe(false);
    const error = await failure(host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange().getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }));
    expect(error.code).toBe('ApiNotFound');
  });
});
