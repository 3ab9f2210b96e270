/*
 * "12/31/2024" is no UK date (there is no month 31), but it is a real one written month first, as
 * US software and some exports write dates. The parser rightly refuses it (SPEC 3 reads dates day
 * first); the warning can then say how to write it, rather than ask for a format in general.
 */

const NUMERIC_DATE = /^\s*(?:by\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\s*$/i;

/**
 * The day-first form of a date written month first ("12/31/2024" → "31/12/2024"): only when the
 * first number can be a month and the second cannot, so no UK date is ever turned round; else null.
 * @example monthFirst('12/31/2024') // '31/12/2024'
 * @example monthFirst('by 03/31/26') // '31/03/26'
 * @example monthFirst('05/06/2024') // null
 */
export function monthFirst(text: string): string | null {
  const m = NUMERIC_DATE.exec(text);
  if (m === null) return null;
  const [, first = '', sep = '/', second = '', year = ''] = m;
  const month = Number(first);
  const day = Number(second);
  if (month < 1 || month > 12 || day <= 12 || day > 31) return null;
  return `${second}${sep}${first}${sep}${year}`;
}
