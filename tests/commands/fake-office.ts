import type { DialogUi } from '../../src/commands/dialog';

/*
 * Just enough of Office.js for the ribbon command: the enums it compares against, a dialog
 * that records what it is sent, and a UI that opens it (or fails to, with an Office error code).
 */

type DialogArgs = { message: string; origin: string | undefined } | { error: number };

/** Puts a global Office with the enum values office.js uses; returns it for further stubbing. */
export function installOffice(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const office: Record<string, unknown> = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
      DialogParentMessageReceived: 'dialogParentMessageReceived',
    },
    ...extra,
  };
  Object.assign(globalThis, { Office: office });
  return office;
}

export function removeOffice(): void {
  Reflect.deleteProperty(globalThis, 'Office');
}

export class FakeDialog {
  readonly handlers = new Map<string, (args: DialogArgs) => void>();
  readonly sentToDialog: string[] = [];
  closed = 0;

  addEventHandler(type: string, handler: (args: DialogArgs) => void): void {
    this.handlers.set(type, handler);
  }
  messageChild(message: string): void {
    this.sentToDialog.push(message);
  }
  close(): void {
    this.closed++;
  }
  sendMessage(): void {}

  /** The dialog page calls messageParent. */
  fromDialog(message: string): void {
    this.handlers.get('dialogMessageReceived')?.({ message, origin: 'https://localhost:3000' });
  }
  /** The user closes the dialog with its X (Office raises 12006). */
  closedByUser(): void {
    this.handlers.get('dialogEventReceived')?.({ error: 12006 });
  }
}

export interface FakeUi {
  ui: DialogUi;
  opened: Array<{ url: string; options: Office.DialogOptions }>;
  dialog: FakeDialog;
}

/** A UI whose displayDialogAsync succeeds, or fails with `failWith` (an Office error code). */
export function fakeUi(failWith?: number): FakeUi {
  const dialog = new FakeDialog();
  const opened: FakeUi['opened'] = [];
  const ui: DialogUi = {
    displayDialogAsync(url, options, callback) {
      opened.push({ url, options });
      const result =
        failWith === undefined
          ? { status: 'succeeded', value: dialog }
          : { status: 'failed', value: undefined, error: { code: failWith, name: 'Error', message: `failed ${url}` } };
      callback(result as unknown as Office.AsyncResult<Office.Dialog>);
    },
  };
  return { ui, opened, dialog };
}

/** Lets pending promise callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
