import { officeRunner, Progress, refreshFromRibbon, toRefreshError } from '../excel';
import { showInDialog } from './dialog';
import { runRefreshCommand } from './ribbon';

/*
 * The ribbon's function file (commands.html, FunctionFile in the manifest). Refresh RAG runs the
 * adapter's refresh as of today without opening the pane, then shows the outcome in a small
 * dialog (see dialog.ts for why a dialog). The refresh itself lives in src/excel.
 */

/** Today on this machine, as YYYY-MM-DD: the ribbon refresh's as-of date. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The one mapping of a failure to the adapter's sentence for the user. */
export function describeError(error: unknown): string {
  return toRefreshError(error, new Progress()).userMessage;
}

/** Excel on the web, where the adapter keeps each request and response under the payload budget. */
function onTheWeb(): boolean {
  return Office.context.platform === Office.PlatformType.OfficeOnline;
}

/** The ExecuteFunction handler named refreshRag in manifest.xml. */
export function refreshRag(event: Office.AddinCommands.Event): Promise<void> {
  return runRefreshCommand(event, {
    refresh: () => refreshFromRibbon(officeRunner, localToday(), { web: onTheWeb() }),
    describeError,
    show: (outcome) =>
      showInDialog(Office.context.ui, outcome, {
        pageUrl: new URL('result.html', window.location.href).href,
        canMessageChild: Office.context.requirements.isSetSupported('DialogApi', '1.2'),
      }),
  });
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => Office.actions.associate('refreshRag', refreshRag));
}
