import type { Steps } from './steps';

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

/** Leaves in a row stringified together: fast, and short enough to stay one small step. */
const RUN = 256;

/** An array or a plain object: walked part by part. Anything else is measured whole, as a leaf. */
function isContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function* arrayBytes(a: readonly unknown[]): Steps<number> {
  let n = 2 + Math.max(0, a.length - 1);
  let i = 0;
  while (i < a.length) {
    if (isContainer(a[i])) {
      n += yield* containerBytes(a[i] as object);
      i++;
      yield;
      continue;
    }
    let j = i + 1;
    while (j < a.length && j - i < RUN && !isContainer(a[j])) j++;
    // JSON.stringify turns undefined and functions in an array into null, as the whole would.
    n += utf8Length(JSON.stringify(a.slice(i, j))) - 2 - (j - i - 1);
    const long = j - i >= RUN;
    i = j;
    if (long) yield;
  }
  return n;
}

function* objectBytes(o: object): Steps<number> {
  let n = 2;
  let first = true;
  for (const [key, value] of Object.entries(o)) {
    let bytes: number;
    if (isContainer(value)) bytes = yield* containerBytes(value);
    else {
      const text = JSON.stringify(value) as string | undefined;
      // JSON leaves out a property whose value has no JSON (undefined, a function).
      if (text === undefined) continue;
      bytes = utf8Length(text);
    }
    n += (first ? 0 : 1) + utf8Length(JSON.stringify(key)) + 1 + bytes;
    first = false;
  }
  return n;
}

function containerBytes(value: object): Steps<number> {
  return Array.isArray(value) ? arrayBytes(value) : objectBytes(value);
}

/**
 * jsonBytes in steps, a row at a time, so sizing a 20 MB request never holds the thread long.
 * Equal to jsonBytes(value) for every value.
 * @example drain(jsonBytesSteps([['Red']])) // 9
 */
export function* jsonBytesSteps(value: unknown): Steps<number> {
  return isContainer(value) ? yield* containerBytes(value) : jsonBytes(value);
}
