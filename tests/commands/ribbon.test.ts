import { GENERIC_TEXT, type RibbonOutcome } from '../../src/commands/outcome';
import { refreshOutcome, runRefreshCommand } from '../../src/commands/ribbon';

function recorder() {
  const log: string[] = [];
  const event = { completed: jest.fn(() => log.push('completed')) };
  const shown: RibbonOutcome[] = [];
  const show = jest.fn(async (outcome: RibbonOutcome) => {
    shown.push(outcome);
    log.push('shown');
  });
  return { log, event, shown, show };
}

describe('the Refresh RAG command', () => {
  it('shows the adapter\'s sentence, then completes the event once', async () => {
    const { log, event, shown, show } = recorder();
    await runRefreshCommand(event, { refresh: async () => 'Rated 15 actions: 2 Red, 3 Amber, 8 Green, 2 Complete.', describeError: () => 'unused', show });
    expect(shown).toEqual([{ ok: true, text: 'Rated 15 actions: 2 Red, 3 Amber, 8 Green, 2 Complete.' }]);
    expect(log).toEqual(['shown', 'completed']);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('turns a failure into the adapter\'s one sentence for the user, shows it and still completes', async () => {
    const { log, event, shown, show } = recorder();
    const cellEdit = { code: 'InvalidOperationInCellEditMode' };
    const describeError = jest.fn(() => 'Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.');
    await runRefreshCommand(event, { refresh: () => Promise.reject(cellEdit), describeError, show });
    expect(describeError).toHaveBeenCalledTimes(1);
    expect(describeError).toHaveBeenCalledWith(cellEdit);
    expect(shown).toEqual([{ ok: false, text: 'Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.' }]);
    expect(log).toEqual(['shown', 'completed']);
  });

  it('completes the event even when the outcome cannot be shown, without an unhandled rejection', async () => {
    const event = { completed: jest.fn() };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      runRefreshCommand(event, { refresh: async () => 'done', describeError: () => 'x', show: () => Promise.reject(new TypeError('no dialog')) }),
    ).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be shown'), 'TypeError');
    warn.mockRestore();
  });

  it('says the ratings were not refreshed when even the error message cannot be worked out', async () => {
    const outcome = await refreshOutcome({
      refresh: () => Promise.reject(new Error('boom')),
      describeError: () => {
        throw new Error('mapping failed');
      },
    });
    expect(outcome).toEqual({ ok: false, text: GENERIC_TEXT.failed });
  });
});
