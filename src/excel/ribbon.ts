import { formatUk } from '../core/dates';
import type { Rating } from '../core/types';
import { refreshWorkbook, type RefreshOptions, type RefreshOutcome } from './refresh';
import type { ExcelRunner } from './run';

const WORDS: readonly [Rating, string][] = [
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
  ['complete', 'Complete'],
  ['not_rated', 'Not rated'],
];

/**
 * The ribbon's short account of a refresh: how many actions, the counts in words, and any
 * sheet left alone.
 * @example ribbonSentence(outcome) // 'RAG refreshed as at 30 Nov 2022: 15 actions on "Action Plan" - 4 Red, 2 Amber, 3 Green, 6 Complete, 0 Not rated.'
 */
export function ribbonSentence(outcome: RefreshOutcome): string {
  const actions = outcome.report.trackers.flatMap((t) => t.actions);
  const counts = WORDS.map(([rating, word]) => `${actions.filter((a) => a.rating === rating).length} ${word}`).join(', ');
  const sheets = outcome.written.map((s) => `"${s}"`).join(', ');
  const where = sheets === '' ? 'no sheet could be written' : `${actions.length} action${actions.length === 1 ? '' : 's'} on ${sheets}`;
  const skipped = outcome.skipped.map((s) => ` "${s.sheet}" is protected, so it was left as it was.`).join('');
  return `RAG refreshed as at ${formatUk(outcome.report.asOf)}: ${where} - ${counts}.${skipped}`;
}

/**
 * What the ribbon's Refresh RAG runs: the same refresh as the task pane, as of today, with
 * the next meeting saved in the workbook. Resolves to one sentence saying what was done;
 * rejects with a RefreshError whose userMessage says what went wrong and what to do.
 * @example await refreshFromRibbon(officeRunner, '2022-11-30')
 */
export async function refreshFromRibbon(runner: ExcelRunner, asOfToday: string, options: Omit<RefreshOptions, 'asOf'> = {}): Promise<string> {
  return ribbonSentence(await refreshWorkbook(runner, { ...options, asOf: asOfToday }));
}
