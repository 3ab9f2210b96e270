import { refreshFromRibbon, ribbonSentence } from '../../src/excel/ribbon';
import { RefreshError, Progress, toRefreshError } from '../../src/excel/errors';
import { runnerFor } from '../../src/host/memory';
import { hostFor, refreshOn, reread } from './helpers';
import { styledTracker } from './fixtures';

describe('the ribbon\'s Refresh RAG', () => {
  it('runs the same refresh and answers with one sentence of counts in words', async () => {
    const host = await hostFor(await reread(styledTracker()));
    const sentence = await refreshFromRibbon(runnerFor(host), '2023-01-03', { supports: host.supports });
    expect(sentence).toBe('RAG refreshed as at 3 Jan 2023: 2 actions on "Action plan" - 1 Red, 0 Amber, 0 Green, 1 Complete, 0 Not rated.');
    expect(host.stats.syncs).toBe(2);
  });

  it('names a protected sheet it left alone', async () => {
    const host = await hostFor(await reread(styledTracker()));
    host.workbook.sheets[0]!.protected = true;
    expect(ribbonSentence(await refreshOn(host))).toMatch(/no sheet could be written - .*\. "Action plan" is protected, so it was left as it was\.$/);
  });

  it('rejects with the one sentence for the user when the refresh fails', async () => {
    const host = await hostFor(await reread(styledTracker()));
    host.faults.cellEditSyncs = 99;
    const failure = refreshFromRibbon(runnerFor(host), '2023-01-03', { supports: host.supports, sleep: async () => undefined });
    await expect(failure).rejects.toBeInstanceOf(RefreshError);
    const error = await failure.catch((e: unknown) => e);
    expect(toRefreshError(error, new Progress()).userMessage).toBe('Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.');
  });
});
