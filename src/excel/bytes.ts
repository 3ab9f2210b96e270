/*
 * The size of what crosses to Excel: its JSON in UTF-8. Kept apart from the host's copy so
 * the adapter depends on nothing of the in-memory host.
 */

/**
 * UTF-8 bytes of a value's JSON.
 * @example jsonBytes([['£1']]) // 10
 */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? 'null';
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
