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
    it(`${rows} rows on desktop: one read and one write round trip, format calls by range, never per row`, async () => {
      const host = await hostFor(generatedTracker(rows));
      const outcome = await refreshOn(host);
      expect(outcome.report.trackers[0]?.actions).toHaveLength(rows);
      expect(host.stats.syncs).toBe(2);
      desktopFormatCalls.push(host.stats.formatCalls);
      // Per tracker: number formats, bold header, five widths; history and settings formats; then the
      // RAG Summary's styles, one call per style per group of ranges (its Red/Amber lists alternate).
      expect(host.stats.formatCalls).toBeLessThan(rows);
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
      expect(host.stats.formatCalls).toBeLessThan(rows + 3 * host.stats.syncs);
    }, 60_000);
  }

  it('makes far fewer format calls at 10k rows than ten times those at 1k on desktop (none per cell or row)', () => {
    expect(desktopFormatCalls).toHaveLength(2);
    // The tracker's calls are constant; the summary's grow with the bytes of its range addresses.
    expect(desktopFormatCalls[1]).toBeLessThan(3 * (desktopFormatCalls[0] ?? 0));
  });

  it('a second refresh of 1k rows changes no cell', async () => {
    const host = await hostFor(generatedTracker(1_000));
    await refreshOn(host);
    const first = cellPrints(host.workbook);
    await refreshOn(host);
    expect(changed(first, cellPrints(host.workbook))).toEqual([]);
  }, 60_000);
});
