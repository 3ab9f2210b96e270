import fc from 'fast-check';
import { setImmediate } from 'node:timers';
import { jsonBytes, jsonBytesSteps } from '../../src/host/memory/bytes';
import { nextTurn, type Pace } from '../../src/host/memory/pace';
import { drain } from '../../src/host/memory/steps';
import type { HostContext, HostOptions, MemoryExcelHost } from '../../src/host/memory';
import { failure, hostOf, sheetOf } from './helpers';

const ROWS = 400;

/** Slices of a few steps each, yields counted; no clock involved. */
function stepped(stepsPerSlice: number, yieldTo: () => Promise<void> = async () => undefined): { pace: Partial<Pace>; yields: () => number } {
  let yields = 0;
  return {
    pace: { stepsPerSlice, sliceMs: Infinity, yieldTo: () => (yields++, yieldTo()) },
    yields: () => yields,
  };
}

const once: Partial<Pace> = { stepsPerSlice: Infinity, sliceMs: Infinity };

function host(options: HostOptions = {}): MemoryExcelHost {
  const rows = Array.from({ length: ROWS }, (_, r) => [`Ref ${r}`, `Action ${r}`, r]);
  return hostOf([sheetOf('Plan', rows), sheetOf('Notes', [['kept']])], options);
}

/** A large batch: writes, formats, merges, borders, then a load of what it wrote. */
async function bigBatch(context: HostContext): Promise<unknown[][]> {
  const ws = context.workbook.worksheets.getItem('Plan');
  const out = ws.getRangeByIndexes(0, 3, ROWS, 2);
  out.numberFormat = Array.from({ length: ROWS }, () => ['@', null]);
  out.values = Array.from({ length: ROWS }, (_, r) => [`-${r} days`, r % 3 === 0 ? 'Red' : 'Green']);
  out.format.font.bold = true;
  const borders = out.format.borders.getItem('InsideHorizontal');
  borders.style = 'Continuous';
  ws.getRangeByIndexes(0, 6, ROWS, 2).merge(true);
  const back = ws.getRangeByIndexes(0, 0, ROWS, 8);
  back.load('values, numberFormat, valueTypes');
  await context.sync();
  return [back.values, back.numberFormat, back.valueTypes];
}

describe('the in-memory host works through a sync in slices, as Excel works in its own process', () => {
  it('yields many times during a large sync, with the same workbook, answers and counts as in one go', async () => {
    const whole = host({ pace: once });
    const sliced = stepped(10);
    const parts = host({ pace: sliced.pace });
    const [a, b] = [await whole.run(bigBatch), await parts.run(bigBatch)];
    expect(b).toEqual(a);
    expect(parts.workbook).toEqual(whole.workbook);
    // Request bytes name proxies by id, and the second host's ids may have more digits (jsonBytesSteps is tested below).
    const counts = ({ requestBytes: _r, maxRequestBytes: _m, ...rest }: typeof whole.stats) => rest;
    expect(counts(parts.stats)).toEqual(counts(whole.stats));
    expect(sliced.yields()).toBeGreaterThan(ROWS);
  });

  it('lets other work run while it works, and hands back loaded values only when the sync resolves', async () => {
    const turns: string[] = [];
    let range: { values: unknown[][] } | undefined;
    const peek = (): string => {
      try {
        return `loaded ${String(range?.values[0]?.[0])}`;
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    const h = host({ pace: stepped(5, async () => {
      turns.push(peek());
      await nextTurn();
    }).pace });
    let elsewhere = false;
    setImmediate(() => void (elsewhere = true));
    await h.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 0, ROWS, 3);
      r.load('values');
      range = r;
      await ctx.sync();
      turns.push(`after: ${elsewhere} ${peek()}`);
    });
    expect(turns.length).toBeGreaterThan(10);
    expect(new Set(turns.slice(0, -1))).toEqual(new Set(['PropertyNotLoaded']));
    expect(turns[turns.length - 1]).toBe('after: true loaded Ref 0');
  });

  it('runs one sync at a time: a second batch never sees the first one half done', async () => {
    const h = host({ pace: stepped(3, nextTurn).pace });
    const write = h.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Notes').getRangeByIndexes(0, 0, ROWS, 1).values = Array.from({ length: ROWS }, () => ['written']);
      await ctx.sync();
    });
    const read = h.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Notes').getRangeByIndexes(0, 0, ROWS, 1);
      r.load('values');
      await ctx.sync();
      return new Set(r.values.flat());
    });
    await write;
    expect(await read).toEqual(new Set(['written']));
  });

  it('stops at the first failing command as before, keeping what ran, and refuses oversized requests applying nothing', async () => {
    const h = host({ pace: stepped(2).pace });
    h.workbook.sheets[1]!.protected = true;
    const error = await failure(h.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 3, ROWS, 1).values = Array.from({ length: ROWS }, () => ['done']);
      ctx.workbook.worksheets.getItem('Notes').getRange('B1').values = [['refused']];
      ctx.workbook.worksheets.getItem('Plan').getRange('E1').values = [['never']];
      await ctx.sync();
    }));
    expect(error.code).toBe('AccessDenied');
    expect(h.workbook.sheets[0]!.rows[ROWS - 1]?.[3]?.value).toBe('done');
    expect(h.workbook.sheets[0]!.rows[0]?.[4]).toBeUndefined();
    const web = host({ platform: 'web', payloadLimitBytes: 10_000, pace: stepped(2).pace });
    const big = await failure(web.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 3, ROWS, 1).values = Array.from({ length: ROWS }, () => ['x'.repeat(40)]);
      await ctx.sync();
    }));
    expect(big.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(web.workbook.sheets[0]!.rows[0]?.[3]).toBeUndefined();
  });

  it('refuses a merge over a merged area, through its index of merges by row, before and after a clear', async () => {
    const h = host({ pace: stepped(4).pace });
    const merge = (address: string) => h.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange(address).merge(true);
      await ctx.sync();
    });
    await merge('G1:H300');
    expect((await failure(merge('H200:I200'))).code).toBe('InvalidOperation');
    await merge('I200:J200');
    await h.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('G150:H400').clear();
      await ctx.sync();
    });
    await merge('G200:H201');
    expect(h.workbook.sheets[0]!.merges).toHaveLength(149 + 1 + 2);
  });
});

describe('request and response sizes measured in steps', () => {
  it('equal the JSON byte length of any value', () => {
    const json = fc.jsonValue();
    const loose = fc.array(fc.oneof(json, fc.constant(undefined), fc.constant(() => 1), fc.date({ noInvalidDate: true })), { maxLength: 600 });
    fc.assert(fc.property(fc.oneof(json, loose, fc.dictionary(fc.string(), fc.oneof(json, fc.constant(undefined)))), (value) => {
      expect(drain(jsonBytesSteps(value))).toBe(jsonBytes(value));
    }));
  });

  it('take a step per row, so a large write is never measured in one go', () => {
    const rows = Array.from({ length: 1000 }, (_, r) => [`£${r}`, r, null]);
    const steps = jsonBytesSteps({ o: 'range', a: rows });
    let count = 0;
    for (let s = steps.next(); s.done !== true; s = steps.next()) count++;
    expect(count).toBeGreaterThanOrEqual(1000);
  });
});
