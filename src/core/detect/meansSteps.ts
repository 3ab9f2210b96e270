import { MEANS_NOT_WORDS, MEANS_PHRASES, MEANS_WORDS } from '../vocabulary/meansHeaders';
import type { HeaderReading } from './reading';
import type { RoleClaim } from './milestoneSteps';
import { normaliseHeader } from './normalise';

/*
 * A plan's "What we need to do | How we will do it": the "How" column holds each action's steps.
 */

const fold = (words: readonly string[]): Set<string> => new Set(words.map((w) => normaliseHeader(w)));
const MEANS = fold(MEANS_WORDS);
const NOT = fold(MEANS_NOT_WORDS);
const PHRASES = MEANS_PHRASES.map((p) => ` ${normaliseHeader(p)} `);

type Assigned = Pick<HeaderReading, 'columns' | 'duplicates'>;

/**
 * True when a header asks how an action will be delivered: "How" opens or closes it ("How will
 * this be achieved", "Key actions / how") or it names work towards an aim ("Actions to achieve"),
 * and it is not about measuring or evidencing the action (MEANS_NOT_WORDS).
 * @example isMeansHeader('How we will do it') // true
 * @example isMeansHeader('How we will measure success') // false
 */
export function isMeansHeader(header: string): boolean {
  const words = normaliseHeader(header).split(' ');
  if (words.some((w) => NOT.has(w))) return false;
  const padded = ` ${words.join(' ')} `;
  return MEANS.has(words[0] ?? '') || MEANS.has(words[words.length - 1] ?? '') || PHRASES.some((p) => padded.includes(p));
}

/**
 * A column saying how each action will be done, beside the column saying what it is, holds the
 * action's next steps: read as a rival action (or left unread) each row's steps would be rated as
 * one step against the latest of their dates. Where the "How" column outscored the "What" column
 * for the action, the "What" column takes the action, though only a fallback names it ("What we
 * need to do"). Only where no column names the next steps. `claims` are every column's claims, as assigned.
 * @example meansAsSteps({ columns: { action: 1 }, duplicates: [['action', 1, 2]] }, [], ['No.', 'What we need to do', 'How we will do it']).columns // { action: 1, next_steps: 2 }
 */
export function meansAsSteps<T extends Assigned>(assigned: T, claims: readonly RoleClaim[], texts: readonly string[]): T {
  const { columns, duplicates } = assigned;
  if (columns.action === undefined || columns.next_steps !== undefined) return assigned;
  const means = (col: number): boolean => isMeansHeader(texts[col] ?? '');
  const taken = new Set(Object.values(columns));
  const losers = duplicates.filter(([role]) => role === 'action').map(([, , loser]) => loser);
  // A column only a fallback names as the action is no reported rival, yet is the "What" beside a "How".
  const quiet = claims.filter((c) => c.best && c.role === 'action' && !taken.has(c.col) && !losers.includes(c.col)).map((c) => c.col);
  const rivals = [...losers, ...quiet];
  // A "How" header may name no role at all ("How will this be achieved"): any column left unread may be it.
  const unread = texts.map((_, col) => col).filter((col) => !taken.has(col) && !rivals.includes(col));
  const action = means(columns.action) ? rivals.find((col) => !means(col)) : columns.action;
  const steps = [columns.action, ...rivals, ...unread].find((col) => col !== action && means(col));
  if (action === undefined || steps === undefined) return assigned;
  const rest = duplicates.flatMap(([role, winner, loser]): T['duplicates'] =>
    role !== 'action' ? [[role, winner, loser]] : loser === steps || loser === action ? [] : [[role, action, loser]],
  );
  return { ...assigned, columns: { ...columns, action, next_steps: steps }, duplicates: rest };
}
