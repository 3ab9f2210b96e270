/*
 * What the ribbon's Refresh RAG tells the user, shared by the function file (which runs the
 * refresh) and the result dialog (which shows it). No Office or DOM calls here.
 *
 * The adapter's sentence can name sheets and counts from the workbook, so it never travels in
 * a URL (a query string reaches the web server's logs): the dialog receives it by
 * Dialog.messageChild (DialogApi 1.2). The URL carries only whether the refresh worked, which is
 * all the dialog can show where messageChild is missing.
 */

/** Whether the refresh worked, and the adapter's one sentence about it. */
export interface RibbonOutcome {
  ok: boolean;
  text: string;
}

/** Messages the result dialog sends to the function file. */
export const DIALOG_READY = 'ready';
export const DIALOG_CLOSE = 'close';

/** The query parameter that carries ok / failed to the dialog, and nothing else. */
export const OUTCOME_PARAM = 'outcome';

/** What the dialog says when it cannot be told the adapter's sentence. */
export const GENERIC_TEXT: Readonly<Record<'ok' | 'failed', string>> = {
  ok: 'The ratings in this workbook are up to date. Open RAG Tracker on the Home tab for the details.',
  failed: 'The ratings were not refreshed. Open RAG Tracker on the Home tab and choose Refresh RAG there to see why.',
};

/** The dialog's heading: the outcome in words, never by colour alone. */
export function outcomeTitle(outcome: Pick<RibbonOutcome, 'ok'>): string {
  return outcome.ok ? 'Refresh RAG: done' : 'Refresh RAG: not done';
}

/** The query string of the dialog's URL: ok or failed, never the sentence. */
export function outcomeQuery(outcome: Pick<RibbonOutcome, 'ok'>): string {
  return `?${OUTCOME_PARAM}=${outcome.ok ? 'ok' : 'failed'}`;
}

/** The generic outcome a dialog URL's query string stands for; anything unknown reads as failed. */
export function outcomeFromQuery(search: string): RibbonOutcome {
  const ok = new URLSearchParams(search).get(OUTCOME_PARAM) === 'ok';
  return { ok, text: ok ? GENERIC_TEXT.ok : GENERIC_TEXT.failed };
}

/** The message the function file sends to the dialog. */
export function encodeOutcome(outcome: RibbonOutcome): string {
  return JSON.stringify({ ok: outcome.ok, text: outcome.text });
}

/** The dialog's reading of a parent message; null for anything that is not an outcome. */
export function decodeOutcome(message: string): RibbonOutcome | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { ok, text } = value as Record<string, unknown>;
  if (typeof ok !== 'boolean' || typeof text !== 'string' || text.trim() === '') return null;
  return { ok, text };
}
