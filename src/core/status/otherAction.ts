/*
 * A completion that is another action's (SPEC 4): "Depends on 2.1 (complete)", "This action not started;
 * action 3.4 complete". The cell reports on its own action, so another's completion says nothing of it.
 */

/** Where a sentence ends; a bracket or a point in a number does not, so "Depends on 2.1 (complete)" is one. */
const SENTENCE_END = /\.(?!\d)|[;!?\n\r\u2028•]|\s[-–—]\s/g;
const DEPENDS = /(?:^|[^\p{L}])(?:depends|depending|dependent|dependency|dependencies|reliant|relies|relying|contingent)\s+(?:up)?on(?![\p{L}])/iu;
/** Another action named right before the completion: "action 3.4 complete", "Rec 2 has been completed". */
/** A relative clause may stand between: "action 12 which was closed in Oct". */
const OTHER = /(?:^|[^\p{L}])(?:actions?|recs?|recommendations?|ref)\s+\d+(?:\.\d+)*[a-z]?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has|have|had|been|now|also)\s+)*$/iu;
/** The entry's own action named apart from the other: "this action", "this one", "but this depends on 4.4". */
const THIS = /(?:^|[^\p{L}])this\s+(?:action|recommendation|step|milestone|one|item|depends|remains|relies|is\s+still|still)(?![\p{L}])/iu;
const LOOKBACK = 80;
/** What a dependency or another action's number needs, tested first: most completions have neither before them. */
const CUE = /\d|depend|reli|conting/i;

/**
 * True when the completion phrase at `start` in `text` is about another action: a dependency named
 * earlier in its sentence, or another action named right before it in an entry about "this action".
 * @example aboutOtherAction('Depends on 2.1 (complete)', 16) // true
 * @example aboutOtherAction('This action not started; action 3.4 complete', 36) // true
 * @example aboutOtherAction('Linked to action 12 which was closed in Oct. This one remains open.', 30) // true
 * @example aboutOtherAction('Action 3.4 complete', 11) // false
 */
export function aboutOtherAction(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  if (!CUE.test(before)) return false;
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m !== null; m = SENTENCE_END.exec(before)) from = m.index + m[0].length;
  const sentence = before.slice(from);
  return DEPENDS.test(sentence) || (OTHER.test(sentence) && THIS.test(text));
}
