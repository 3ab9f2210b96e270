/** @jest-environment jsdom */
import { decodeOutcome } from '../../src/commands/outcome';
import { fakeUi, installOffice, removeOffice, settle } from './fake-office';

/*
 * The function file as Office loads it: commands.ts registers refreshRag (the FunctionName in
 * manifest.xml) once Office is ready, and the handler runs the adapter's ribbon refresh. Only
 * refreshFromRibbon is replaced; the adapter's error mapping is the real one.
 */

jest.mock('../../src/excel', () => ({ ...jest.requireActual('../../src/excel'), refreshFromRibbon: jest.fn() }));

type Commands = typeof import('../../src/commands/commands');
type Excel = typeof import('../../src/excel');

const excel = jest.requireMock<Excel>('../../src/excel');
const refreshFromRibbon = excel.refreshFromRibbon as jest.MockedFunction<Excel['refreshFromRibbon']>;
const associate = jest.fn();
let ready: (() => void) | undefined;
let ui = fakeUi();
let commands: Commands;

beforeAll(() => {
  installOffice({
    onReady: (callback: () => void) => {
      ready = callback;
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    context: {
      platform: 'OfficeOnline',
      get ui() {
        return ui.ui;
      },
      requirements: { isSetSupported: (name: string, version: string) => name === 'DialogApi' && Number(version) <= 1.2 },
    },
  });
  // Loaded only now, as office.js would have run first in commands.html.
  commands = jest.requireActual<Commands>('../../src/commands/commands');
});

afterAll(() => removeOffice());

beforeEach(() => {
  ui = fakeUi();
  refreshFromRibbon.mockReset();
});

/** Presses Refresh RAG and lets the refresh run up to the open dialog. */
async function press(): Promise<{ event: { completed: jest.Mock }; done: Promise<void> }> {
  const event = { completed: jest.fn() };
  const done = commands.refreshRag(event as unknown as Office.AddinCommands.Event);
  await settle();
  return { event, done };
}

describe('the ribbon function file', () => {
  it('registers refreshRag, the manifest\'s FunctionName, once Office is ready', () => {
    expect(ready).toBeDefined();
    ready?.();
    expect(associate).toHaveBeenCalledWith('refreshRag', commands.refreshRag);
  });

  it('refreshes through Excel.run as of today, keeping to the web\'s payload budget in Excel on the web', async () => {
    refreshFromRibbon.mockResolvedValue('RAG refreshed as at 3 Nov 2022: 15 actions on "Action Plan" - 4 Red, 2 Amber, 3 Green, 6 Complete, 0 Not rated.');
    const { event, done } = await press();
    expect(refreshFromRibbon).toHaveBeenCalledWith(excel.officeRunner, commands.localToday(), { web: true });
    expect(ui.opened.map((o) => o.url)).toEqual(['http://localhost/result.html?outcome=ok']);
    ui.dialog.fromDialog('ready');
    expect(ui.dialog.sentToDialog.map(decodeOutcome)).toEqual([
      { ok: true, text: 'RAG refreshed as at 3 Nov 2022: 15 actions on "Action Plan" - 4 Red, 2 Amber, 3 Green, 6 Complete, 0 Not rated.' },
    ]);
    expect(event.completed).not.toHaveBeenCalled();
    ui.dialog.fromDialog('close');
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the user what to do when Excel is busy editing a cell, then completes', async () => {
    refreshFromRibbon.mockRejectedValue({ code: 'InvalidOperationInCellEditMode' });
    const { event, done } = await press();
    expect(ui.opened.map((o) => o.url)).toEqual(['http://localhost/result.html?outcome=failed']);
    ui.dialog.fromDialog('ready');
    expect(ui.dialog.sentToDialog.map(decodeOutcome)).toEqual([
      { ok: false, text: 'Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.' },
    ]);
    ui.dialog.closedByUser();
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('shows the sentence of the adapter\'s own RefreshError as it is', async () => {
    refreshFromRibbon.mockRejectedValue(new excel.RefreshError('no_tracker', 'No action plan was found in this workbook: add a header row with an Action column, then refresh again.'));
    const { done } = await press();
    ui.dialog.fromDialog('ready');
    expect(decodeOutcome(ui.dialog.sentToDialog[0] ?? '')?.text).toBe('No action plan was found in this workbook: add a header row with an Action column, then refresh again.');
    ui.dialog.closedByUser();
    await done;
  });

  it('dates the refresh by the local calendar day', () => {
    expect(commands.localToday(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(commands.localToday(new Date(2022, 10, 3, 0, 1))).toBe('2022-11-03');
  });
});
