/*
 * Vocabulary phrases are written with single spaces; typed text has any run of them ("on  track",
 * a line break inside a phrase). One helper turns a phrase list into a regex alternation for the
 * status readers that scan for a phrase at a place (missed dates, closures, answers, reversals).
 */

/**
 * The phrases as one regex alternation (no group), each space matching any run of white space.
 * @example phraseAlternation(['not yet', 'done']) // 'not\\s+yet|done'
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');
}

/**
 * The phrases as one alternation, each space matching any run of spaces or hyphens, or none ("roll out",
 * "roll-out", "rollout"): the form the whole-entry readers match.
 * @example looseAlternation(['roll out']) // 'roll[\\s-]*out'
 */
export function looseAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/ /g, '[\\s-]*')).join('|');
}

/**
 * phraseAlternation with each apostrophe optional and either kind ("won't", "won’t", "wont").
 * @example apostropheAlternation(["won't"]) // "won['’]?t"
 */
export function apostropheAlternation(phrases: readonly string[]): string {
  return phraseAlternation(phrases.map((p) => p.replace(/[’']/g, "['’]?")));
}
