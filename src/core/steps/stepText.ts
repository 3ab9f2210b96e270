import { NEW_ACTION_WORDS, REVISED_ACTION_WORDS } from '../vocabulary/steps';
import { stripMarkup } from './markup';

const LABEL = new RegExp(
  `^(?:(${NEW_ACTION_WORDS.join('|')})|(${REVISED_ACTION_WORDS.join('|')}))\\s+actions?\\s*(?::|\\s[-–—])\\s*`,
  'i',
);

/**
 * Reads a next-step entry, removing the "NEW ACTION:" / "Revised Action:" labels trackers put
 * in front of it (with or without the bold tags around them) and reporting them, so the step
 * text is the work itself and the caller can still say it is new or revised.
 * @example readStepText('<b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023')
 * // { text: 'Discuss with Healthwatch offer to support in 2023', isNew: true, revised: false }
 */
export function readStepText(text: string): { text: string; isNew: boolean; revised: boolean } {
  let rest = stripMarkup(text);
  let isNew = false;
  let revised = false;
  // A step can carry both labels ("Revised Action: NEW ACTION: …"); three rounds is plenty.
  for (let i = 0; i < 3; i += 1) {
    const m = LABEL.exec(rest);
    if (m === null) break;
    if (m[1] !== undefined) isNew = true;
    else revised = true;
    rest = rest.slice(m[0].length);
  }
  return { text: rest, isNew, revised };
}
