import { GENERIC_TEXT, type RibbonOutcome } from './outcome';

/*
 * The Refresh RAG command with its Office calls passed in, so the tests drive it without Office:
 * run the adapter's ribbon refresh, turn a failure into the adapter's user message (the one
 * place errors are mapped), show the outcome, and complete the event whatever happened.
 */

export interface RefreshCommandDeps {
  /** The adapter's ribbon refresh, bound to Excel.run and today's date: its result sentence. */
  refresh: () => Promise<string>;
  /** The adapter's one sentence for a failure: what happened and what to do. */
  describeError: (error: unknown) => string;
  /** Shows the outcome to the user; resolves once it has been seen (or cannot be shown). */
  show: (outcome: RibbonOutcome) => Promise<void>;
}

/** Runs the refresh and says how it went; never rejects. */
export async function refreshOutcome(deps: Pick<RefreshCommandDeps, 'refresh' | 'describeError'>): Promise<RibbonOutcome> {
  try {
    return { ok: true, text: await deps.refresh() };
  } catch (error) {
    return { ok: false, text: failureText(deps.describeError, error) };
  }
}

function failureText(describeError: RefreshCommandDeps['describeError'], error: unknown): string {
  try {
    return describeError(error);
  } catch {
    return GENERIC_TEXT.failed;
  }
}

/**
 * The handler behind the ribbon's Refresh RAG button. event.completed() is called exactly once,
 * after the outcome has been shown, on every path: Office queues the next click until then.
 */
export async function runRefreshCommand(event: Pick<Office.AddinCommands.Event, 'completed'>, deps: RefreshCommandDeps): Promise<void> {
  try {
    await deps.show(await refreshOutcome(deps));
  } catch (error) {
    // Showing failed after the refresh ran; the workbook has the result, so say so in the console only.
    console.warn('RAG Tracker: the refresh result could not be shown.', error instanceof Error ? error.name : '');
  } finally {
    event.completed();
  }
}
