import { LABEL_QUALIFIERS, OBJECTIVE_FILLERS, OBJECTIVE_LABELS, OBJECTIVE_VERBS } from '../vocabulary/objectives';

/*
 * Partners' own names for one objective, matched across the workbooks of a roll-up on a key
 * that sets aside the words in vocabulary/objectives.ts.
 */

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
