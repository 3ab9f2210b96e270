import fc from 'fast-check';
import { isIsoDate } from '../../../src/core/dates';
import { parseTimeframe } from '../../../src/core/timeframe';
import type { Calendar, Timeframe, TimeframeKind } from '../../../src/core/types';
import { DEADLINE_WORDS, MEETING_WORDS, MONTH_WORDS, QUALIFIER_WORDS, SEASON_WORDS } from '../../../src/core/vocabulary/timeframe';
import { HORIZON_WORDS, ONGOING_WORDS, OPEN_END_WORDS, REVISION_WORDS, TBC_WORDS } from '../../../src/core/vocabulary/timeframeMarkers';

const KINDS: readonly TimeframeKind[] = [
  'date',
  'month',
  'range',
  'quarter',
  'financial_year',
  'month_number',
  'meeting',
  'ongoing',
  'tbc',
  'unparseable',
  'missing',
];
const UNDATED: readonly TimeframeKind[] = ['ongoing', 'tbc', 'unparseable', 'missing'];

const isoDay = fc
  .date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2105, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const calendarArb: fc.Arbitrary<Calendar> = fc.record({
  meetings: fc.array(
    fc.record({
      date: fc.oneof(isoDay, fc.string()),
      name: fc.constantFrom('THT Board', 'ELG', 'Engagement Leads Group', ''),
    }),
    {
      maxLength: 4,
    },
  ),
  nextMeeting: fc.option(
    fc.record({ date: fc.oneof(isoDay, fc.string()), name: fc.constantFrom('Board', 'ELG meeting') }),
  ),
  quarterConvention: fc.constantFrom('financial' as const, 'calendar' as const),
});

const words = [
  ...Object.keys(MONTH_WORDS),
  ...Object.keys(SEASON_WORDS),
  ...Object.keys(QUALIFIER_WORDS),
  ...Object.keys(DEADLINE_WORDS),
  ...ONGOING_WORDS,
  ...OPEN_END_WORDS,
  ...TBC_WORDS,
  ...HORIZON_WORDS,
  ...REVISION_WORDS,
  ...MEETING_WORDS,
  'q',
  'Q4',
  'quarter',
  'month',
  'M',
  'FY',
  'financial year',
  'next',
  'this',
  'now',
  'the',
  '<p>',
  '</b>',
  '&amp;',
  '&#8211;',
  '&#99999999;',
];
const token = fc.oneof(
  fc.constantFrom(...words),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
  fc.constantFrom('-', '–', '/', '.', ',', '(', ')', ':', ' to ', "'", '\u00a0', '\n'),
);
/** Strings that look like time frames: vocabulary, numbers and separators in any order. */
const phraseLike = fc.array(token, { maxLength: 8 }).chain((ts) => fc.constantFrom(ts.join(' '), ts.join('')));
const utf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), utf16, phraseLike);

function wellFormed(tf: Timeframe): void {
  expect(KINDS).toContain(tf.kind);
  expect(typeof tf.redated).toBe('boolean');
  for (const d of [tf.start, tf.end]) if (d !== null) expect(isIsoDate(d)).toBe(true);
  if (tf.start !== null && tf.end !== null) expect(tf.start <= tf.end).toBe(true);
  if (UNDATED.includes(tf.kind)) expect([tf.start, tf.end]).toEqual([null, null]);
}

describe('parseTimeframe on any input', () => {
  it('never throws, returns a known kind, real dates, and start <= end', () => {
    fc.assert(
      fc.property(anyText, isoDay, fc.option(calendarArb, { nil: undefined }), (text, asOf, cal) => {
        wellFormed(parseTimeframe(text, asOf, cal));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer when asked twice, whatever was asked in between', () => {
    fc.assert(
      fc.property(phraseLike, phraseLike, isoDay, isoDay, (a, b, d1, d2) => {
        const first = parseTimeframe(a, d1);
        parseTimeframe(b, d2);
        expect(parseTimeframe(a, d1)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a broken as-of date', () => {
    fc.assert(
      fc.property(phraseLike, fc.string(), (text, asOf) => {
        wellFormed(parseTimeframe(text, asOf));
      }),
      { numRuns: 300 },
    );
  });

  it('is "missing" for any run of whitespace', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003'), { maxLength: 50 }), (ws) => {
        expect(parseTimeframe(ws.join(''), '2022-11-03').kind).toBe('missing');
      }),
    );
  });
});

describe('parseTimeframe on a full 32,767-character cell', () => {
  const max = 32_767;
  const fill = (unit: string): string => unit.repeat(Math.ceil(max / unit.length)).slice(0, max);

  it.each([
    ['a repeated phrase', fill('End of Nov 22 '), 'month'],
    ['spaces', fill(' '), 'missing'],
    ['nested tags', fill('<p><b>'), 'unparseable'],
    ['unclosed tags', fill('<'), 'unparseable'],
    ['entities', fill('&amp;'), 'unparseable'],
    ['digits', fill('1'), 'unparseable'],
    ['separators', fill('1/'), 'unparseable'],
    ['emoji', fill('\ud83d\udcc5'), 'unparseable'],
    ['control characters', fill('\u0001\u0002'), 'unparseable'],
    ['revision words', fill('moved to '), 'unparseable'],
  ])('returns for %s', (_name, text, kind) => {
    expect(text.length).toBe(max);
    expect(parseTimeframe(text, '2022-11-03').kind).toBe(kind);
  });
});
