import { cellText, isBlank } from '../cells';
import type { CellValue } from '../types';
import { ACTION_END_WORDS, STEP_QUALIFIER_WORDS } from '../vocabulary/columns';
import { normaliseHeader } from './normalise';
import { matchRoles } from './headers';
import type { HeaderReading } from './reading';
import { DATE_WORDS, entries, words } from './stepDates';

/*
 * A scheme or programme plan dates each action twice: its end ("Go-live date", "Completion date")
 * and, beside its milestones or next steps, each of those ("Milestone date", "Step due"). The steps
 * are rated, so their own dates are their time frames: read with the end date alone, every milestone
 * would be due at go-live, and an overdue first milestone would pass as Green. The end date still
 * dates a row that lists no step dates.
 */

/** Rows under the header looked at, as narrativeColumns does: bounded on any sheet. */
const SAMPLE_ROWS = 50;
const QUALIFIERS = new Set(STEP_QUALIFIER_WORDS);
const END_WORDS = ACTION_END_WORDS.map((w) => ` ${normaliseHeader(w)} `);
/** True when a date header names the whole action's end ("Go-live date", "Target completion"). */
const namesEnd = (text: string): boolean => END_WORDS.some((w) => ` ${words(text).join(' ')} `.includes(w));

/** How a date column fits the steps column: rows whose several dates it lists one per step, and whether its header names the steps' noun. */
interface Fit {
  col: number;
  agree: number;
  noun: boolean;
}

function fit(rows: readonly (readonly CellValue[])[], header: number, steps: number, col: number, nouns: readonly string[]): Fit {
  let agree = 0;
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    const dates = entries(rows[r]?.[col]);
    if (dates >= 2 && entries(rows[r]?.[steps]) === dates) agree += 1;
  }
  return { col, agree, noun: words(cellText(rows[header]?.[col])).some((w) => nouns.includes(w)) };
}

/** True when fit `a` dates the steps better than `b`: more rows list a date per step, else only `a` names their noun. */
const datesBetter = (a: Fit, b: Fit): boolean => a.agree > b.agree || (a.agree === b.agree && a.noun && !b.noun);

/** Columns the reading reads already, as whatever role or beside one: no end date among them. */
function readCols(reading: HeaderReading): Set<number> {
  const lists = [reading.extraStatus, reading.updates, reading.ratings, reading.completed, reading.leads, reading.milestones?.map((m) => m.col), reading.periods?.map((p) => p.col)];
  return new Set<number>([...Object.values(reading.columns), ...Object.values(reading.outputs), ...(reading.revisedTimeframe === undefined ? [] : [reading.revisedTimeframe]), ...lists.flatMap((l) => l ?? [])]);
}

/**
 * Of a sheet's time frame column and other date columns beside a steps column, the one that dates
 * the steps (a date per step on the rows listing several, else a header sharing the steps' noun:
 * "Milestone date" for "Key milestones") gives the steps' time frames (`stepDates`, read into the
 * time frame wherever a row fills it: withStepDates), and the time frame column is the action's end:
 * the one the step dates displace, or, where the time frame already dates the steps, a date column
 * naming the action's end ("Go-live date", ACTION_END_WORDS). Neither is a rival to report. As with a
 * revised date (pairRevisedTimeframe), a row's time frame warnings name the time frame column.
 * @example stepDatesBesideEnd(readHeader(['Scheme', 'Go-live date', 'Key milestones', 'Milestone date']), [['Scheme', 'Go-live date', 'Key milestones', 'Milestone date'], ['Beds', '01/12/2026', 'Works\nOpen', '31/10/2026\n01/12/2026']], 0).stepDates // 3
 */
export function stepDatesBesideEnd(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const { timeframe, next_steps: steps } = reading.columns;
  if (timeframe === undefined || steps === undefined || reading.stepDates !== undefined) return reading;
  const texts = (rows[header] ?? []).map((c) => cellText(c));
  const nouns = words(texts[steps] ?? '').filter((w) => !DATE_WORDS.has(w) && !QUALIFIERS.has(w));
  const own = fit(rows, header, steps, timeframe, nouns);
  const used = readCols(reading);
  const others = texts.flatMap((text, col) => (used.has(col) || matchRoles(text)[0]?.role !== 'timeframe' ? [] : [fit(rows, header, steps, col, nouns)]));
  const best = others.reduce<Fit | null>((b, f) => (datesBetter(f, own) && (b === null || datesBetter(f, b)) ? f : b), null);
  // The time frame already dates the steps: a date column beside it naming the action's end is that end.
  const end = best === null && (own.agree > 0 || own.noun) ? others.find((f) => namesEnd(texts[f.col] ?? '') && datesBetter(own, f)) : undefined;
  if (best === null && end === undefined) return reading;
  const [stepDates, actionEnd] = best === null ? [timeframe, (end as Fit).col] : [best.col, timeframe];
  const duplicates = reading.duplicates.filter(([role, , loser]) => role !== 'timeframe' || (loser !== stepDates && loser !== actionEnd));
  return { ...reading, columns: { ...reading.columns, timeframe: actionEnd }, duplicates, stepDates };
}

/**
 * A row with its step dates (`dates`, the column) read into its time frame (`timeframe`, the column
 * of the action's end) where it gives them: a scheme listing no milestones is still due at go-live.
 * @example withStepDates(['Beds', '01/12/2026', '31/10/2026'], 1, 2) // ['Beds', '31/10/2026', '31/10/2026']
 */
export function withStepDates(row: readonly CellValue[], timeframe: number, dates: number): readonly CellValue[] {
  if (isBlank(row[dates])) return row;
  const out = [...row];
  out[timeframe] = row[dates] ?? null;
  return out;
}
