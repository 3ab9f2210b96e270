import { RESULT_DIALOG_MAX_MS, showInDialog } from '../../src/commands/dialog';
import { decodeOutcome } from '../../src/commands/outcome';
import { fakeUi, installOffice, removeOffice, settle } from './fake-office';

const PAGE = 'https://localhost:3000/result.html';
const done = { ok: true, text: 'Rated 15 actions on "Action plan": 2 Red, 3 Amber, 8 Green, 2 Complete.' };

/** Tracks whether a promise has settled yet. */
function watch(promise: Promise<void>): { settled: () => boolean } {
  let settled = false;
  void promise.then(() => (settled = true));
  return { settled: () => settled };
}

describe('the Refresh RAG result dialog, seen from the function file', () => {
  beforeEach(() => installOffice());
  afterEach(() => removeOffice());

  it('opens result.html on the add-in\'s origin with only ok or failed in the URL, as a small dialog', async () => {
    const { ui, opened, dialog } = fakeUi();
    const shown = showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true });
    dialog.closedByUser();
    await shown;
    expect(opened).toEqual([{ url: `${PAGE}?outcome=ok`, options: { height: 30, width: 30, displayInIframe: true } }]);
    expect(opened[0]?.url).not.toContain('Action plan');
  });

  it('hands the dialog the adapter\'s sentence once it says it is ready (DialogApi 1.2)', async () => {
    const { ui, dialog } = fakeUi();
    const shown = showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true });
    expect(dialog.sentToDialog).toEqual([]);
    dialog.fromDialog('ready');
    expect(dialog.sentToDialog.map(decodeOutcome)).toEqual([done]);
    dialog.closedByUser();
    await shown;
  });

  it('sends nothing where DialogApi 1.2 is missing: the dialog shows the outcome from its URL', async () => {
    const { ui, dialog } = fakeUi();
    const shown = showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: false });
    dialog.fromDialog('ready');
    expect(dialog.sentToDialog).toEqual([]);
    dialog.closedByUser();
    await shown;
  });

  it('keeps the command open until the user closes the dialog with its X', async () => {
    const { ui, dialog } = fakeUi();
    const shown = watch(showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true }));
    await settle();
    expect(shown.settled()).toBe(false);
    dialog.closedByUser();
    await settle();
    expect(shown.settled()).toBe(true);
    expect(dialog.closed).toBe(0);
  });

  it('closes the dialog when its Close button is pressed', async () => {
    const { ui, dialog } = fakeUi();
    const shown = showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true });
    dialog.fromDialog('close');
    await shown;
    expect(dialog.closed).toBe(1);
  });

  it('goes on at once when the dialog cannot open, logging only the Office error code', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ui } = fakeUi(12009);
    await showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true });
    expect(warn).toHaveBeenCalledWith('RAG Tracker: the result dialog did not open (Office error 12009).');
    warn.mockRestore();
  });

  it('goes on when displayDialogAsync itself throws', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ui = {
      displayDialogAsync: () => {
        throw new TypeError('not available');
      },
    };
    await expect(showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true })).resolves.toBeUndefined();
    warn.mockRestore();
  });

  it('closes a forgotten dialog after two minutes, so the next click is not held in Office\'s queue', async () => {
    jest.useFakeTimers();
    try {
      const { ui, dialog } = fakeUi();
      const shown = showInDialog(ui, done, { pageUrl: PAGE, canMessageChild: true });
      jest.advanceTimersByTime(RESULT_DIALOG_MAX_MS - 1);
      expect(dialog.closed).toBe(0);
      jest.advanceTimersByTime(1);
      await shown;
      expect(dialog.closed).toBe(1);
      expect(RESULT_DIALOG_MAX_MS).toBe(120_000);
    } finally {
      jest.useRealTimers();
    }
  });
});
