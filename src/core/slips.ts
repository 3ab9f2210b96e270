/*
 * A word typed with one slip of the fingers, as trackers are typed in a hurry: two neighbouring
 * letters swapped ("Compelte"), or one dropped ("Agust") or added. Not one letter changed: that
 * makes other real words ("Passed" is no "Paused", "Sprint" no "Spring"). Shared by the status and
 * time-frame readers, which each decide which words may be corrected.
 */

/**
 * True when `word` is `name` with two neighbouring letters swapped, or one letter dropped or added.
 * @example oneSlip('compelte', 'complete') // true
 * @example oneSlip('agust', 'august') // true
 * @example oneSlip('passed', 'paused') // false
 */
export function oneSlip(word: string, name: string): boolean {
  const [long, short] = word.length >= name.length ? [word, name] : [name, word];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.length > short.length) return long.slice(i + 1) === short.slice(i);
  return i < short.length - 1 && long[i] === short[i + 1] && long[i + 1] === short[i] && long.slice(i + 2) === short.slice(i + 2);
}
