import { cellText, isBlank } from '../cells';
import { splitEntries } from '../steps/entries';
import type { CellValue } from '../types';
import { ROLE_SYNONYMS } from '../vocabulary/columns';
import { normaliseHeader, withoutHint } from './normalise';
import type { HeaderReading } from './reading';

/*
 * Which of two step-like columns a sheet's one date column dates ("Key milestones | Milestone date |
 * Next steps"): read with the wrong one, three milestone dates date the one next step, and the
 * milestones are lost as a rival column.
 */

/** Rows under the header looked at, as narrativeColumns does: bounded on any sheet. */
const SAMPLE_ROWS = 50;

/** Words that say a header is a date column: what is left of "Milestone date" is the thing it dates. */
export const DATE_WORDS: ReadonlySet<string> = new Set(ROLE_SYNONYMS.timeframe.flatMap((s) => normaliseHeader(s).split(' ')));

/** A header's words, its hint left out, folded as headers are. */
export const words = (text: string): string[] => normaliseHeader(withoutHint(text)).split(' ').filter((w) => w !== '');

/** The entries a cell holds: a typed date or number is one. */
export const entries = (value: CellValue | undefined): number => (isBlank(value) ? 0 : typeof value === 'string' ? splitEntries(value).length : 1);

/** How a candidate steps column fits the date column: rows whose several dates it lists as many entries as, its header, its place. */
interface Fit {
  col: number;
  agree: number;
  noun: boolean;
  beside: boolean;
}

function fits(rows: readonly (readonly CellValue[])[], header: number, timeframe: number, cols: readonly number[]): Fit[] {
  const texts = (rows[header] ?? []).map((c) => cellText(c));
  const nouns = words(texts[timeframe] ?? '').filter((w) => !DATE_WORDS.has(w));
  const out = cols.map((col) => ({ col, agree: 0, noun: words(texts[col] ?? '').some((w) => nouns.includes(w)), beside: Math.abs(col - timeframe) === 1 }));
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    const row = rows[r] ?? [];
    const dates = entries(row[timeframe]);
    if (dates < 2) continue;
    for (const fit of out) if (entries(row[fit.col]) === dates) fit.agree += 1;
  }
  return out;
}

/** Orders fits best first: its entries lining up with the dates', then a noun shared with the date header, then standing beside it. */
const better = (a: Fit, b: Fit): number => b.agree - a.agree || Number(b.noun) - Number(a.noun) || Number(b.beside) - Number(a.beside);

/**
 * A sheet with two step-like columns and one date column dates the one whose cells list as many
 * entries as the date cells, else the one whose header shares the date header's noun ("Key
 * milestones" for "Milestone date", "Actions" for "Action due date"), else the one beside it: those
 * are its next steps. The other is a column of its own kind (a "Next steps" note beside milestones),
 * not a rival to report, and is left unread. An action column takes the dates only on both counts
 * (its noun and its entries): then the sheet has no next steps column, and the action's own list is
 * its steps. With nothing to tell them apart, the reading is kept, the rival reported.
 * @example pairStepDates(reading, [['Scheme', 'Key milestones', 'Milestone date', 'Next steps'], ['LED', 'PID\nBuild', 'Jun 24\nSep 24', 'Chase']], 0).columns.next_steps // 1
 */
export function pairStepDates(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const { timeframe, next_steps: steps, action } = reading.columns;
  if (timeframe === undefined || steps === undefined) return reading;
  const rivals = reading.duplicates.filter(([role]) => role === 'next_steps').map(([, , loser]) => loser);
  const all = fits(rows, header, timeframe, [steps, ...rivals, ...(action === undefined ? [] : [action])]);
  const stepFits = all.filter((f) => f.col !== action);
  const ranked = [...stepFits].sort(better);
  const best = ranked[0];
  if (best === undefined) return reading;
  const own = all.find((f) => f.col === action);
  if (own !== undefined && own.noun && own.agree > best.agree) {
    const columns = { ...reading.columns };
    delete columns.next_steps;
    const duplicates = reading.duplicates.filter(([role]) => role !== 'next_steps');
    return { ...reading, columns, duplicates, roleCount: Object.keys(columns).length };
  }
  const runnerUp = ranked[1];
  if (runnerUp === undefined || better(best, runnerUp) === 0) return reading;
  const duplicates = reading.duplicates.filter(([role]) => role !== 'next_steps');
  return { ...reading, columns: { ...reading.columns, next_steps: best.col }, duplicates };
}
