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

/** What trends compare against: one snapshot, none, or each tracker's own ('each': their dates differ, or some have none). */
function trendNote(previousAsOf: IsoDate | null | 'each'): string {
  if (previousAsOf === null) return 'Trend: no earlier snapshot is stored, so every action shows as new (●).';
  const against = previousAsOf === 'each' ? "each tracker's own last snapshot (a tracker with none shows every action as new)" : `the snapshot of ${formatUk(previousAsOf)}`;
  return `Trend against ${against}: ▲ improved, ▼ worse, ► same, ● new.`;
}

/** Whether Table One's figures were worked out from ratings, carried through as given (a Table One sheet), or both. */
export type FiguresGiven = 'none' | 'all' | 'some';

/**
 * What the Overall column means, by the workbook's `rollupRule` (SPEC 2.5, 5.3): a board reads
 * "Amber" beside 90% progress as a contradiction unless told it is the worst action's rating.
 * Groups with figures given on the sheet (`given` other than 'none') and no rated actions go by
 * the confidence given, so the sentence says so when there are any.
 * @example overallNote(defaultSettings('2022-11-03')) // 'Overall is the worst rating in the group: any Red action makes it Red, else any Amber makes it Amber, else Green; Complete when every action is complete.'
 */
export function overallNote(settings: Pick<Settings, 'rollupRule' | 'confidenceThresholds'>, given: FiguresGiven = 'none'): string {
  const { green, amber } = settings.confidenceThresholds;
  const byConfidence = `Green at ${green}% or more, Amber at ${amber}% or more, else Red`;
  if (settings.rollupRule !== 'worst') return `Overall goes by the group's confidence: ${byConfidence}; Complete when every action is complete.`;
  const also = given === 'none' ? '' : ` A group with no rated actions goes by the confidence given on the sheet: ${byConfidence}.`;
  return `Overall is the worst rating in the group: any Red action makes it Red, else any Amber makes it Amber, else Green; Complete when every action is complete.${also}`;
}

/**
 * How the figures are worked out, in words, for the lines under the key. A board's Table One
 * shows its ambitions' own figures (SPEC 5.3), so the notes say so rather than give a formula
 * the figures on the page do not follow.
 * Overall's meaning (overallNote) comes last, so every format that carries the notes carries it.
 * `gaps`: some ambition's progress is blank or was rejected, so it shows — and the totals cover fewer rows.
 * @example summaryNotes(defaultSettings('2022-12-15'), '2022-11-03')[2] // 'Trend against the snapshot of 3 Nov 2022: ▲ improved, ▼ worse, ► same, ● new.'
 */
export function summaryNotes(settings: Settings, previousAsOf: IsoDate | null | 'each', given: FiguresGiven = 'none', gaps = false): string[] {
  const w = settings.confidenceWeights;
  const t = settings.confidenceThresholds;
  const trend = trendNote(previousAsOf);
  const leftOut = gaps ? ' (— where a figure is missing or not usable, left out of the totals)' : '';
  if (given === 'all') {
    return [
      gaps ? `Progress % = as given on the sheet for each ambition; a total is the mean of those given${leftOut}.` : 'Progress % = as given on the sheet for each ambition; a total is the mean of its ambitions.',
      `Confidence % = as given on the sheet for each ambition; a total is the mean of those given. An ambition is Green at ${t.green}% or more, Amber at ${t.amber}% or more, else Red.`,
      trend,
      overallNote(settings, given),
    ];
  }
  const alsoGiven = given === 'some' ? `; where a sheet gives progress and confidence per ambition, they are shown as given${leftOut}` : '';
  return [
    `Progress % = (Complete + Green) ÷ rated actions (Not rated left out)${alsoGiven}.`,
    `Confidence % = the mean over rated actions of the confidence given on the sheet, else Complete ${w.complete}%, Green ${w.green}%, Amber ${w.amber}%, Red ${w.red}%.`,
    trend,
    overallNote(settings, given),
  ];
}
