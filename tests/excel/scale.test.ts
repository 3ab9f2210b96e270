import { WEB_BUDGET_BYTES } from '../../src/excel/chunks';
import { cellPrints, changed, generatedTracker, hostFor, refreshOn } from './helpers';

/*
 * Round trips and payloads at 1k and 10k rows. 100k rows is left to the benchmark suite: the
 * engine's history merge is what takes the time there, not the adapter.
 */
describe('round trips and payloads grow with bytes, never with rows', () => {
  const sizes = [1_000, 10_000];
  const desktopFormatCalls: number[] = [];

  for (const rows of sizes) {
    it(`${rows} rows on desktop: one read and one write round trip, a constant number of format calls`, async () => {
      const host = await hostFor(generatedTracker(rows));
      const outcome = await refreshOn(host);
      expect(outcome.report.trackers[0]?.actions).toHaveLength(rows);
      expect(host.stats.syncs).toBe(2);
      desktopFormatCalls.push(host.stats.formatCalls);
      // Per tracker: number formats, bold header, five widths; then history and settings formats.
      expect(host.stats.formatCalls).toBeLessThanOrEqual(12);
      expect(host.stats.ruleCalls).toBeLessThan(60);
    }, 60_000);

    it(`${rows} rows on the web: no request or response over 2.5 MB, round trips in proportion to bytes`, async () => {
      const host = await hostFor(generatedTracker(rows), { platform: 'web' });
      await refreshOn(host);
      expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(WEB_BUDGET_BYTES);
      expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(WEB_BUDGET_BYTES);
      const bytes = [...host.stats.requestBytes, ...host.stats.responseBytes].reduce((a, b) => a + b, 0);
      // Each round trip but the first (the sheet list) and the last of each phase carries most of a budget.
      expect(host.stats.syncs).toBeLessThanOrEqual(Math.ceil(bytes / (WEB_BUDGET_BYTES / 2)) + 4);
      expect(host.stats.formatCalls).toBeLessThan(5 + 3 * host.stats.syncs);
    }, 60_000);
  }

  it('makes the same number of format calls at 1k and 10k rows on desktop (none per cell)', () => {
    expect(desktopFormatCalls).toHaveLength(2);
    expect(desktopFormatCalls[0]).toBe(desktopFormatCalls[1]);
  });

  it('a second refresh of 1k rows changes no cell', async () => {
    const host = await hostFor(generatedTracker(1_000));
    await refreshOn(host);
    const first = cellPrints(host.workbook);
    await refreshOn(host);
    expect(changed(first, cellPrints(host.workbook))).toEqual([]);
  }, 60_000);
});
