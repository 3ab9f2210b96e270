import type { Steps } from './pace';

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

/**
 * jsonBytes of an array of JSON values, an item at a time (a step per 256), for long lists.
 * @example drain(arrayBytesSteps([{ top: 0 }])) // 11, as jsonBytes([{ top: 0 }])
 */
export function* arrayBytesSteps(items: readonly unknown[]): Steps<number> {
  let n = 2 + Math.max(0, items.length - 1);
  for (let i = 0; i < items.length; i++) {
    n += jsonBytes(items[i]);
    if (i % 256 === 255) yield;
  }
  return n;
}
