import { useCallback, useState } from 'react';
import { refreshWorkbook, type RefreshOutcome } from '../excel/refresh';
import { RefreshError, officeCode } from '../excel/errors';
import { selectRange } from '../excel/select';
import type { ExcelRunner } from '../excel/run';

/** The refresh choices the user makes in the Refresh view. */
export interface Choices {
  asOf: string;
  nextMeeting: string;
  nextMeetingName: string;
}

/** Today's local date as YYYY-MM-DD, the as-of date a person means by default. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * One sentence for any failure: the adapter's own, or one chosen by the Office error code, so
 * the user is told what to do rather than only that it failed.
 * @example sentence({ code: 'ItemNotFound' }, 'go to E7 on "Action plan"')
 *   // 'Could not go to E7 on "Action plan": the sheet was renamed or deleted since the last refresh. Refresh RAG again, then try again.'
 */
export function sentence(error: unknown, doing: string): string {
  if (error instanceof RefreshError) return error.userMessage;
  switch (officeCode(error)) {
    case 'InvalidOperationInCellEditMode':
      return `Could not ${doing}: Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.`;
    case 'ItemNotFound':
      return `Could not ${doing}: the sheet was renamed or deleted since the last refresh. Refresh RAG again, then try again.`;
    case 'AccessDenied':
      return `Could not ${doing}: the workbook or sheet is protected. Ask its owner to unprotect it (Review > Unprotect), then try again.`;
    default:
      return `Could not ${doing}: close any dialog open in Excel and try again, and if it fails again reopen the workbook.`;
  }
}

/**
 * What a view that shows ratings says before it has any: after a refresh that found no tracker,
 * "refresh first" would send the user round in a circle, so it says why and where to go.
 * @example notRatedYet(true, 'the summary rolls up their results') // 'Nothing was rated: the last refresh found no action tracker. …'
 */
export function notRatedYet(noTracker: boolean, why: string): string {
  return noTracker
    ? 'Nothing was rated: the last refresh found no action tracker in this workbook. In the Columns view, choose the sheet and its header row and give its columns their roles, then refresh again.'
    : `Refresh the ratings first: ${why}.`;
}

/** The pane's shared state: choices, the last outcome, progress and the one error shown. */
export function usePane(runner: ExcelRunner, onWeb: boolean) {
  const [choices, setChoices] = useState<Choices>({ asOf: today(), nextMeeting: '', nextMeetingName: '' });
  const [outcome, setOutcome] = useState<RefreshOutcome | null>(null);
  const [step, setStep] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The last refresh found no tracker: the views then say so, not "refresh first", which the user just did.
  const [noTracker, setNoTracker] = useState(false);

  const refresh = useCallback(async () => {
    setError(null);
    setStep('Starting');
    const asOf = choices.asOf || today();
    // A blank As of is rated as of today; the field then shows that date, so what is on screen is what was rated.
    if (asOf !== choices.asOf) setChoices((c) => ({ ...c, asOf }));
    try {
      const next = await refreshWorkbook(runner, {
        asOf,
        ...(choices.nextMeeting ? { nextMeeting: choices.nextMeeting, nextMeetingName: choices.nextMeetingName } : {}),
        web: onWeb,
        onProgress: setStep,
      });
      setOutcome(next);
      setNoTracker(false);
    } catch (e) {
      setError(sentence(e, 'refresh the ratings'));
      // Ratings from before belong to a tracker this refresh no longer finds, so they are not shown as current.
      if (e instanceof RefreshError && e.code === 'no_tracker') {
        setOutcome(null);
        setNoTracker(true);
      }
    } finally {
      setStep(null);
    }
  }, [runner, onWeb, choices]);

  /** Goes to a cell; `failed`, when given, is what to say if that fails, where the caller knows why it would. */
  const select = useCallback(
    async (sheet: string, address: string, failed?: string) => {
      // An error from an earlier click or refresh no longer describes what the user is doing.
      setError(null);
      try {
        await selectRange(runner, sheet, address);
      } catch (e) {
        // A sheet deleted since the refresh is said as such, whatever the caller expected.
        setError(failed !== undefined && officeCode(e) !== 'ItemNotFound' ? failed : sentence(e, `go to ${address} on "${sheet}"`));
      }
    },
    [runner],
  );

  return { choices, setChoices, outcome, noTracker, step, error, setError, refresh, select };
}

export type PaneState = ReturnType<typeof usePane>;
