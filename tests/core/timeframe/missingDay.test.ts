import { parseTimeframe } from '../../../src/core/timeframe';
import { missingDay } from '../../../src/core/timeframe/impossible';

/*
 * A time frame written in a format the tool reads, naming a day its month does not have: the
 * parser rejects it (SPEC 3, 'unparseable'), and missingDay says what is wrong, for the warning.
 * Read on 1 October 2024.
 */
const asOf = '2024-10-01';

describe('a day its month does not have', () => {
  it.each([
    ['31/11/2024', 'November has 30 days'],
    ['31.11.2024', 'November has 30 days'],
    ['31-11-24', 'November has 30 days'],
    ['2024-11-31', 'November has 30 days'],
    ['31/11', 'November has 30 days'],
    ['31st June 2025', 'June has 30 days'],
    ['June 31st 2025', 'June has 30 days'],
    ['Nov 31 2024', 'November has 30 days'],
    ['32/01/2025', 'January has 31 days'],
    ['by 31/11/2024', 'November has 30 days'],
    ['Due: 31st Nov', 'November has 30 days'],
    ['End of 31/11/2024', 'November has 30 days'],
    ['31/11/2024 subject to Board approval', 'November has 30 days'],
  ])('is named for %j: %s', (text, why) => {
    expect(parseTimeframe(text, asOf).kind).toBe('unparseable');
    expect(missingDay(text, asOf)).toBe(why);
  });

  it.each([
    ['30/02/25', 'February 2025 has 28 days'],
    ['29/02/2025', 'February 2025 has 28 days'],
    ['30th February 2024', 'February 2024 has 29 days'],
    // No year written: the February nearest asOf, as the parser reads it.
    ['29 Feb', 'February 2025 has 28 days'],
  ])('names February with its year, on which its length depends: %j', (text, why) => {
    expect(parseTimeframe(text, asOf).kind).toBe('unparseable');
    expect(missingDay(text, asOf)).toBe(why);
  });
});

describe('anything else', () => {
  it.each(['30/11/2024', '29/02/2024', 'End of Nov 24', 'Q3 2024/25'])('is null for a real date or window: %j', (text) => {
    expect(parseTimeframe(text, asOf).kind).not.toBe('unparseable');
    expect(missingDay(text, asOf)).toBeNull();
  });

  it.each(['when ready', '15/13/2024', '0/01/2025', '12/31/2024', '', 'Board to decide'])('is null for text rejected for another reason: %j', (text) => {
    expect(missingDay(text, asOf)).toBeNull();
  });

  it('is null at an as-of date that is no date', () => {
    expect(missingDay('31/11/2024', 'soon')).toBeNull();
  });
});
