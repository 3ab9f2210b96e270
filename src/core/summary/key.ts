import { formatUk } from '../dates';
import { RATING_ORDER, RATING_SWATCHES } from '../output/colours';
import { ratingWord } from '../output/words';
import type { Settings } from '../settings';
import type { IsoDate, Rating } from '../types';
import type { KeyEntry } from './types';

function definitions(settings: Settings): Record<Rating, string> {
  const undated = settings.undatedRating === 'amber' ? ' (these are rated Amber in this workbook)' : '';
  return {
    complete: 'Every step of the action is marked done.',
    // Not "every open step has a date": an undated step ranks below Green (SPEC 5.2), so it leaves an action Green.
    green: `On track: no open step is overdue, off track, at risk or re-dated, and any due within ${settings.amberWindowDays} days is reported on track; steps without a date are left out.`,
    amber: `At risk: reported as delayed or at risk, re-dated, or due within ${settings.amberWindowDays} days with no sign it has started.`,
    red: 'Overdue or off track: an open step is past its deadline, or is reported off track.',
    not_rated: `No usable date: the time frame is missing, TBC, on-going or unreadable, so it cannot be rated yet${undated}.`,
  };
}

/**
 * The key of SPEC 6.2: each rating's word, its colour and its definition in words, so no
 * meaning depends on colour alone. Definitions follow the workbook's own settings.
 * @example summaryKey(defaultSettings('2022-11-03'))[2]?.definition.includes('within 14 days') // true
 */
export function summaryKey(settings: Settings): KeyEntry[] {
  const text = definitions(settings);
  return RATING_ORDER.map((rating) => ({ rating, word: ratingWord(rating), colour: RATING_SWATCHES[rating].colourName, definition: text[rating] }));
}

/** Whether Table One's figures were worked out from ratings, carried through as given (a Table One sheet), or both. */
export type FiguresGiven = 'none' | 'all' | 'some';

/**
 * How the figures are worked out, in words, for the lines under the key. A board's Table One
 * shows its ambitions' own figures (SPEC 5.3), so the notes say so rather than give a formula
 * the figures on the page do not follow.
 * @example summaryNotes(defaultSettings('2022-12-15'), '2022-11-03')[2] // 'Trend against the snapshot of 3 Nov 2022: ▲ improved, ▼ worse, ► same, ● new.'
 */
export function summaryNotes(settings: Settings, previousAsOf: IsoDate | null, given: FiguresGiven = 'none'): string[] {
  const w = settings.confidenceWeights;
  const t = settings.confidenceThresholds;
  const trend = previousAsOf === null ? 'Trend: no earlier snapshot is stored, so every action shows as new (●).' : `Trend against the snapshot of ${formatUk(previousAsOf)}: ▲ improved, ▼ worse, ► same, ● new.`;
  if (given === 'all') {
    return [
      'Progress % = as given on the sheet for each ambition; a total is the mean of its ambitions.',
      `Confidence % = as given on the sheet for each ambition; a total is the mean of those given. An ambition is Green at ${t.green}% or more, Amber at ${t.amber}% or more, else Red.`,
      trend,
    ];
  }
  const alsoGiven = given === 'some' ? '; where a sheet gives progress and confidence per ambition, they are shown as given' : '';
  return [
    `Progress % = (Complete + Green) ÷ rated actions (Not rated left out)${alsoGiven}.`,
    `Confidence % = the mean over rated actions of the confidence given on the sheet, else Complete ${w.complete}%, Green ${w.green}%, Amber ${w.amber}%, Red ${w.red}%.`,
    trend,
  ];
}
