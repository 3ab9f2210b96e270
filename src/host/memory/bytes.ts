/**
 * UTF-8 byte length of a string, counted without TextEncoder so it costs no copy of a
 * multi-megabyte payload.
 * @example utf8Length('£1') // 3
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The size of a value as it crosses between the add-in and Excel: its JSON in UTF-8.
 * @example jsonBytes([['Red']]) // 9
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
