import { FALLING_MEASURES, RISING_MEASURES } from '../vocabulary/statusShare';
import { BELOW_TARGET_PHRASES, NOT_SUSTAINED_PHRASES } from '../vocabulary/statusAftermath';
import { phraseAlternation } from './alternation';
import { clauseWords } from './clauseWords';
import { wholeWordPattern } from './trie';

/*
 * A level said to be short of its target (SPEC 4, round 25: "a measure short of its target is at risk"), where
 * target.ts reads only a level set against a target figure: "Below target at 81%", "Training compliance 45% -
 * significantly below target", "not yet at 95% target (currently 89%)", and one site short of another on the same
 * measure ("Compliance 98% at RSH but 72% at PRH"), or a level reached but lost ("Dec audit 100%, Jan audit 82% - not sustained"). "Below target" carries no direction of its own (a DNA rate below
 * target is good news), so it is read only with a figure or a rising measure in its sentence, and no falling one.
 */

const BELOW = wholeWordPattern(BELOW_TARGET_PHRASES);
const RISING: ReadonlySet<string> = new Set(RISING_MEASURES);
const FALLING: ReadonlySet<string> = new Set(FALLING_MEASURES);
/** "… - not sustained" ending its clause; "Not sustained is a risk we will watch" is a watch, not a shortfall. */
const NOT_SUSTAINED = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(NOT_SUSTAINED_PHRASES)})\\s*(?:$|[,;:)\\]])`, 'iu');
const PERCENT = /\d\s*%|per\s?cent/i;
/** "not yet at 95% target", "not at 90% standard". */
const NOT_AT_TARGET = /(?:^|[^\p{L}])not\s+(?:yet\s+)?at\s+(?:the\s+)?\d{1,3}(?:\.\d+)?\s*%\s*(?:target|standard|threshold|trajectory)/iu;
/** "98% at RSH but 72% at PRH": a level for one place, then a lower one for another after "but". */
const SITE_GAP = /(\d{1,3}(?:\.\d+)?)\s*%\s+(?:at|in|on|for|across)\s+[^.;\n]{1,40}?\b(?:but|whereas|while|however)\s+(?:only\s+)?(\d{1,3}(?:\.\d+)?)\s*%/i;
const SENTENCE_END = /[;!?|\n\r\u2028•]|\.(?!\d)/;

/** True when `sentence` measures something that rises: no falling measure, and a rising one, or a figure where `needFigure` allows. */
function rising(sentence: string, needFigure: boolean): boolean {
  const words = clauseWords(sentence);
  if (words.some((w) => FALLING.has(w))) return false;
  return words.some((w) => RISING.has(w)) || (needFigure && PERCENT.test(sentence));
}

/**
 * Where the last sentence saying a rising level is short of its target ends in `text`, or -1.
 * @example belowTargetEnd('Below target at 81%') // 19
 * @example belowTargetEnd('Compliance 98% at RSH but 72% at PRH') // 36
 * @example belowTargetEnd('DNA rate below target at 6%') // -1
 * @example belowTargetEnd('Below target') // -1
 */
export function belowTargetEnd(text: string): number {
  let found = -1;
  let at = 0;
  for (const sentence of text.split(SENTENCE_END)) {
    const end = at + sentence.length;
    at = end + 1;
    BELOW.lastIndex = 0;
    const said = (BELOW.test(sentence) || NOT_AT_TARGET.test(sentence) || NOT_SUSTAINED.test(sentence)) && rising(sentence, true);
    const gap = SITE_GAP.exec(sentence);
    const apart = gap !== null && Number(gap[2]) < Number(gap[1]) && rising(sentence, false);
    if (said || apart) found = end;
  }
  return found;
}
