import type { MemoryExcelHost } from '../../src/host/memory';
import { RefreshError } from '../../src/excel/errors';
import { cellPrints, changed, generatedTracker, hostFor, refreshOn, reread, userPrints } from './helpers';
import { styledTracker } from './fixtures';
import type ExcelJS from 'exceljs';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

/** Small web batches, so a refresh takes many round trips and every one can be hit. */
const WEB = { payloadBudgetBytes: 500 };

/*
 * Each sync in one slice: the 20 ms timeout that finds a hung sync quickly must not also catch
 * a sound sync that hands the thread back while it works on a busy machine (as Excel's do; the
 * host's slicing has its own tests in tests/host/pace.test.ts).
 */
const WHOLE = { pace: { sliceMs: Infinity } };

type Platform = 'desktop' | 'web';

function formatsOf(host: MemoryExcelHost): string {
  return JSON.stringify(host.workbook.sheets.map((s) => s.formats.map(({ source: _s, ...f }) => f)));
}

async function cleanRun(wb: ExcelJS.Workbook, platform: Platform): Promise<{ syncs: number; cells: Map<string, string>; formats: string }> {
  const host = await hostFor(wb, { platform });
  await refreshOn(host, platform === 'web' ? WEB : {});
  return { syncs: host.stats.syncs, cells: cellPrints(host.workbook), formats: formatsOf(host) };
}

async function failed(run: Promise<unknown>): Promise<RefreshError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof RefreshError) return error;
    throw error;
  }
  throw new Error('the refresh did not fail');
}

const FAULTS: Record<string, { arm: (host: MemoryExcelHost, n: number) => void; code: string; message: RegExp }> = {
  'a failed sync': { arm: (h, n) => Object.assign(h.faults, { failAtSync: n }), code: 'excel_error', message: /^Excel could not finish the refresh \(GeneralException\)/ },
  'a sync that never answers': { arm: (h, n) => Object.assign(h.faults, { hangAtSync: n }), code: 'timeout', message: /^Excel did not answer within 1 second, so the refresh stopped/ },
  'a cell being edited': {
    arm: (h, n) => Object.assign(h.faults, { beforeSync: (k: number) => k === n && Object.assign(h.faults, { cellEditSyncs: 99 }) }),
    code: 'cell_edit_mode',
    message: /^Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again/,
  },
};

describe('faults at every round trip', () => {
  for (const platform of ['desktop', 'web'] as const) {
    for (const [fault, { arm, code, message }] of Object.entries(FAULTS)) {
      it(`${fault} on ${platform}: one sentence, nothing of the user's changed, and the next refresh completes`, async () => {
        const wb = await reread(styledTracker());
        const clean = await cleanRun(wb, platform);
        expect(platform === 'desktop' ? clean.syncs : clean.syncs > 4).toBe(platform === 'desktop' ? 2 : true);
        let readFaults = 0;
        for (let n = 1; n <= clean.syncs; n++) {
          const host = await hostFor(wb, { platform, ...WHOLE });
          const before = cellPrints(host.workbook);
          const users = userPrints(host.workbook, wb);
          arm(host, n);
          const options = { ...(platform === 'web' ? WEB : {}), syncTimeoutMs: 20 };
          const error = await failed(refreshOn(host, options));
          expect({ n, code: error.code }).toEqual({ n, code });
          expect(error.userMessage).toMatch(message);
          expect(changed(users, userPrints(host.workbook, wb))).toEqual([]);
          // A fault before anything was written (its message says so, or names no sheet) leaves every cell as it was.
          if (error.userMessage.includes('nothing in the workbook was changed') || (code === 'cell_edit_mode' && !error.userMessage.includes('('))) {
            readFaults++;
            expect(changed(before, cellPrints(host.workbook))).toEqual([]);
          }
          Object.assign(host.faults, { failAtSync: undefined, hangAtSync: undefined, beforeSync: undefined, cellEditSyncs: 0 });
          await refreshOn(host, platform === 'web' ? WEB : {});
          expect({ n, differences: changed(clean.cells, cellPrints(host.workbook)) }).toEqual({ n, differences: [] });
          expect(formatsOf(host)).toBe(clean.formats);
        }
        expect(readFaults).toBeGreaterThan(0);
        expect(unhandled).toEqual([]);
      }, 30_000);
    }
  }

  it('says nothing was changed when a read fails, and what may be partly updated when a write fails', async () => {
    const wb = await reread(styledTracker());
    const readFault = await hostFor(wb);
    readFault.faults.failAtSync = 1;
    expect((await failed(refreshOn(readFault))).userMessage).toContain('so nothing in the workbook was changed');
    const writeFault = await hostFor(wb);
    writeFault.faults.failAtSync = 2;
    expect((await failed(refreshOn(writeFault))).userMessage).toContain('the RAG columns on "Action plan" may be only partly updated');
  });

  it('waits and retries while a cell is being edited, backing off, and succeeds when editing ends', async () => {
    const host = await hostFor(await reread(styledTracker()));
    host.faults.cellEditSyncs = 2;
    const waits: number[] = [];
    const outcome = await refreshOn(host, { sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([250, 500]);
    expect(outcome.syncs).toBe(4);
  });

  it('reports a sheet protected while the refresh ran, and skips it on the next refresh', async () => {
    const wb = await reread(styledTracker());
    const host = await hostFor(wb);
    const users = userPrints(host.workbook, wb);
    host.faults.beforeSync = (n, model) => {
      if (n === 2 && model.sheets[0]) model.sheets[0].protected = true;
    };
    const error = await failed(refreshOn(host));
    expect(error.code).toBe('protected_sheet');
    expect(error.userMessage).toMatch(/^A sheet the refresh writes to was protected while it ran/);
    expect(changed(users, userPrints(host.workbook, wb))).toEqual([]);
    const again = await refreshOn(host);
    expect(again.skipped).toEqual([{ sheet: 'Action plan', reason: 'protected' }]);
  });

  it('halves a batch Excel refuses as too large, and names a row too large for any batch', async () => {
    const wb = generatedTracker(300);
    const clean = await cleanRun(wb, 'desktop');
    const host = await hostFor(wb, { platform: 'web', payloadLimitBytes: 40_000 });
    await refreshOn(host, { payloadBudgetBytes: 400_000 });
    expect(changed(clean.cells, cellPrints(host.workbook))).toEqual([]);
    expect(host.stats.requestBytes.some((b) => b > 40_000)).toBe(true);
    const huge = generatedTracker(20);
    huge.getWorksheet('Plan')!.getCell('F7').value = 'Done. '.repeat(8000);
    const tooBig = await hostFor(huge, { platform: 'web', payloadLimitBytes: 40_000 });
    const error = await failed(refreshOn(tooBig, { payloadBudgetBytes: 20_000 }));
    expect(error.code).toBe('payload_too_large');
    expect(error.userMessage).toMatch(/^Row 7 of "Plan" holds more than Excel on the web can pass to the add-in at once, so nothing was changed/);
  });
});
