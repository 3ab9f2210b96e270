/*
 * How partners' own names for one objective differ, as data: the words set aside when matching
 * objectives across the workbooks of a roll-up. Kept short on purpose: a word that could
 * change what an objective is about (increasing, children, inclusion) is never set aside.
 */

/** Labels a tracker puts before an objective's name ("Strategic objective:", "Priority 2 –"). */
export const OBJECTIVE_LABELS = ['objective', 'priority', 'ambition', 'aim', 'goal', 'theme', 'workstream', 'programme'];

/** Words a label may open with ("Strategic objective", "Our priority"). */
export const LABEL_QUALIFIERS = ['strategic', 'system', 'our', 'key'];

/** Leading verbs that say how, not what: "Tackling health inequalities" is the objective "health inequalities". */
export const OBJECTIVE_VERBS = ['tackling', 'reducing', 'improving', 'addressing', 'delivering'];

/** Leading words that name no objective of their own ("Our workforce" is "workforce"). */
export const OBJECTIVE_FILLERS = ['our', 'the'];

const alternation = (words: readonly string[]) => words.join('|');
const LABEL = new RegExp(`^(?:(?:${alternation(LABEL_QUALIFIERS)})\\s+)?(?:${alternation(OBJECTIVE_LABELS)})s?\\s*(?:\\d+[a-z]?|[a-z])?\\s*[:.)\\u2013\\u2014-]\\s*`);
const NUMBERING = /^(?:\d+(?:\.\d+)*|[a-z])[.)]\s+/;
const LEADING = new RegExp(`^(?:${alternation([...OBJECTIVE_VERBS, ...OBJECTIVE_FILLERS])})\\s+(?=\\S)`);

/**
 * The name an objective is matched on across partners: case, accents, punctuation and "&" set
 * aside, then a leading label ("Strategic objective:"), numbering ("3.") and leading verbs
 * ("Tackling") and "our". A name that would be left empty keeps its words.
 * @example objectiveKey('Strategic objective: Reducing health inequalities') // 'health inequalities'
 * @example objectiveKey('Urgent & Emergency Care') // 'urgent and emergency care'
 */
export function objectiveKey(name: string): string {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  const unlabelled = folded.replace(NUMBERING, '').replace(LABEL, '').replace(NUMBERING, '');
  const words = (s: string) => s.replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let key = words(unlabelled);
  for (let last = ''; last !== key; ) {
    last = key;
    key = key.replace(LEADING, '');
  }
  return key === '' ? words(folded) : key;
}
