import { DATE_WORDS } from './dateFollows';

/*
 * The words of one clause, as the rules that read further work set for later see them
 * (scheduled.ts, stage.ts): lower case, a date kept whole, and a hyphenated stage read as one word.
 */

/**
 * Two words read as one: "kick-off", "go-live", "re-audit", and "w/c" (week commencing); and the verb forms of a go-live
 * or roll-out ("goes live", "rolls out"), which set work for later as "launches" does (SCHEDULE_WORDS).
 */
const JOINED: Readonly<Record<string, string>> = { kick: 'off', go: 'live', re: 'audit', w: 'c', goes: 'live', going: 'live', rolls: 'out' };
const WORD = /[a-z0-9]+(?:[/.]\d+)*/g;
/** A date ("20/11/23", "1.4.24") or a year ("2024", "2024/25"). */
const DATE_NUMBER = /^(?:\d{1,2}[/.]\d{1,2}|(?:19|20)\d\d)/;

/**
 * The words of `clause`, lower case, with a joined pair read as one word.
 * @example clauseWords('Go-live 20/11/23') // ['golive', '20/11/23']
 * @example clauseWords('Training w/c 4 Nov') // ['training', 'wc', '4', 'nov']
 */
export function clauseWords(clause: string): string[] {
  const raw = clause.toLowerCase().match(WORD) ?? [];
  const words: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const word = raw[i] ?? '';
    if (JOINED[word] !== undefined && raw[i + 1] === JOINED[word]) {
      words.push(word + (raw[i + 1] ?? ''));
      i += 1;
    } else words.push(word);
  }
  return words;
}

/**
 * True when `word` names a time: a month, a period word ("next", "quarter"), a quarter, a date or a year.
 * @example isTime('dec') // true
 * @example isTime('q3') // true
 * @example isTime('12') // false
 */
export function isTime(word: string): boolean {
  return DATE_WORDS.has(word) || /^q[1-4]$/.test(word) || DATE_NUMBER.test(word);
}
