/*
 * Time-frame words that count from the as-of date: "this month", "next quarter", "within 2 weeks".
 */

/** Words naming the week, month or quarter containing asOf (0) or the one after it (1). */
export const RELATIVE_PERIOD_WORDS: Readonly<Record<string, number>> = {
  this: 0, current: 0, present: 0, next: 1, following: 1, coming: 1,
};

/** Counts written as words ("within a month", "in two weeks' time"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Units of a span from asOf, as days or months. */
export const SPAN_UNITS: Readonly<Record<string, { days: number; months: number }>> = {
  day: { days: 1, months: 0 },
  week: { days: 7, months: 0 },
  wk: { days: 7, months: 0 },
  fortnight: { days: 14, months: 0 },
  month: { days: 0, months: 1 },
};

/**
 * Words after a span that count it from something other than asOf ("within 3 months of
 * approval"): the span is then no date the reader can work out.
 */
export const SPAN_ANCHOR_WORDS: readonly string[] = ['of', 'from', 'after', 'following', 'post', 'before', 'since'];

/**
 * Words a period counted from now may follow, besides the deadline and filler words ("Due next
 * month", "Moved to next quarter"): where else it stands it is said in passing ("No progress this
 * month", "report due to Board next month") and is no deadline.
 */
export const RELATIVE_LEAD_WORDS: readonly string[] = ['to', 'until', 'till', 'now', 'for', 'by'];
