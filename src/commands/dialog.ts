import { DIALOG_CLOSE, DIALOG_READY, encodeOutcome, outcomeQuery, type RibbonOutcome } from './outcome';

/*
 * How Refresh RAG shows its result. A function command has no UI, and Excel has no notification
 * API (Outlook's notificationMessages is mail only); Office.addin.showAsTaskpane needs a shared
 * runtime, which VersionOverrides V1_0 cannot declare. So the function file opens a small Office
 * dialog (DialogApi 1.1, in every Excel that has ExcelApi 1.9) with the outcome, and waits until
 * the user closes it before the command completes: on some hosts event.completed() tears down the
 * function file's runtime and any dialog it opened with it (OfficeDev/office-js#428).
 */

/** The longest the dialog stays open, so a forgotten one does not hold the next click in the queue. */
export const RESULT_DIALOG_MAX_MS = 2 * 60_000;

/** The part of Office.context.ui the function file uses. */
export interface DialogUi {
  displayDialogAsync(startAddress: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

export interface ResultDialogOptions {
  /** result.html on the function file's own origin (the dialog API requires the same domain). */
  pageUrl: string;
  /** DialogApi 1.2 (messageChild) is there, so the dialog can be given the adapter's sentence. */
  canMessageChild: boolean;
  maxOpenMs?: number;
}

/**
 * Shows the outcome in the result dialog and resolves when the user closes it, when it times
 * out, or at once when it cannot open (the web's pop-up prompt declined, for example). Never
 * rejects: the refresh itself is over by now, and the workbook holds its result.
 */
export function showInDialog(ui: DialogUi, outcome: RibbonOutcome, options: ResultDialogOptions): Promise<void> {
  return new Promise<void>((resolve) => {
    let dialog: Office.Dialog | undefined;
    let settled = false;
    const finish = (closeDialog: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (closeDialog) dialog?.close();
      resolve();
    };
    const timer = setTimeout(() => finish(true), options.maxOpenMs ?? RESULT_DIALOG_MAX_MS);

    const onMessage = (args: { message: string; origin: string | undefined } | { error: number }) => {
      if (!('message' in args) || !dialog) return;
      if (args.message === DIALOG_READY && options.canMessageChild) dialog.messageChild(encodeOutcome(outcome));
      else if (args.message === DIALOG_CLOSE) finish(true);
    };

    try {
      ui.displayDialogAsync(
        options.pageUrl + outcomeQuery(outcome),
        { height: 30, width: 30, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            // Only the code: the message could echo the URL, and nothing of the workbook is logged.
            console.warn(`RAG Tracker: the result dialog did not open (Office error ${result.error.code}).`);
            finish(false);
            return;
          }
          dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, onMessage);
          // Closed by the user (12006) or failed to load: either way it is gone.
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
        },
      );
    } catch (error) {
      console.warn('RAG Tracker: the result dialog could not be opened.', error instanceof Error ? error.name : '');
      finish(false);
    }
  });
}
