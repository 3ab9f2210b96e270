import { leavesWork } from './remaining';

/*
 * A wait after a step done: "Decant plan approved; awaiting national funding" says the work the
 * approval lets go ahead is held up on someone else, so the action is at risk (SPEC 4), not done.
 * Only after a step (a plan in place, an approval), not after the action called complete, and
 * not when what is waited for is the paperwork of closing: "Policy approved; awaiting
 * ratification" and "Complete, awaiting sign-off" stay complete, as "SOP in place pending
 * ratification" does.
 */

/** A wait on something, not negated before it ("no longer awaiting"): "awaiting", "waiting for", "funding awaited", "pending". */
const WAIT = /(?<!\b(?:not|longer)\s+)\b(?:awaiting|waiting\s+(?:for|on)|awaited|pending)\b/gi;

/**
 * True when, after the step done ending at `done`, the entry `text` waits on something other
 * than closing paperwork.
 * @example waitsAfter('Decant plan approved; awaiting national funding', 20) // true
 * @example waitsAfter('Business case approved; funding awaited', 22) // true
 * @example waitsAfter('Policy approved; awaiting ratification', 15) // false
 */
export function waitsAfter(text: string, done: number): boolean {
  if (done < 0) return false;
  WAIT.lastIndex = done;
  for (let m = WAIT.exec(text); m !== null; m = WAIT.exec(text)) {
    if (leavesWork(text, done, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
