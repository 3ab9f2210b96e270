import { mapInChunks, type Chunks, type Work } from '../chunks';
import { refKeyOf, textKeyOf } from '../rating/trend';
import type { Action, Rating } from '../types';

type Identity = Pick<Action, 'ref' | 'action' | 'objective' | 'ambition'>;

/** The keys that more than one action carries ('' is no key, never repeated). */
function repeatedKeys(keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) {
    if (key !== '' && seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
}

/** An action's group (objective and ambition) as a key compares it: a site's or a PCN's name. */
const groupKeyOf = (a: Identity): string => textKeyOf(`${a.objective ?? ''} ${a.ambition ?? ''}`);

/**
 * The identities (actionKey) of a sheet's actions, in order, each its own. A ref that more than
 * one action carries (an audit tracker numbers each audit's recommendations from 1) is joined
 * with the action's text; a key still shared (one commitment per PCN, no ref) is joined with the
 * action's group ("… / north pcn"), and one still shared after that with its place among them
 * ("#2"), so each action keeps its own history and trend rather than its twins' (SPEC 5.2).
 * @example finish(actionKeysInChunks([{ ref: '1', action: 'Reconcile leavers' }, { ref: '1', action: 'Review overtime' }], new Work(Infinity))) // ['1 reconcile leavers', '1 review overtime']
 * @example finish(actionKeysInChunks([{ ref: null, action: 'Go live', objective: 'North PCN' }, { ref: null, action: 'Go live', objective: 'South PCN' }], new Work(Infinity))) // ['go live / north pcn', 'go live / south pcn']
 */
export function* actionKeysInChunks(actions: readonly Identity[], work: Work): Chunks<string[]> {
  const refs = yield* mapInChunks(actions, (a) => refKeyOf(a.ref), work);
  const twinRefs = repeatedKeys(refs);
  const keys = yield* mapInChunks(actions, (a, i) => {
    const ref = refs[i] ?? '';
    if (ref === '') return textKeyOf(a.action);
    return twinRefs.has(ref) ? `${ref} ${textKeyOf(a.action)}` : ref;
  }, work);
  let twins = repeatedKeys(keys);
  if (twins.size === 0) return keys;
  const grouped = yield* mapInChunks(keys, (key, i) => {
    const action = actions[i];
    const group = twins.has(key) && action !== undefined ? groupKeyOf(action) : '';
    return group === '' ? key : `${key} / ${group}`;
  }, work);
  twins = repeatedKeys(grouped);
  if (twins.size === 0) return grouped;
  const count = new Map<string, number>();
  return yield* mapInChunks(grouped, (key) => {
    if (!twins.has(key)) return key;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    return n === 1 ? key : `${key} #${n}`;
  }, work);
}

/**
 * Each action's rating in the previous snapshot, by its key. A ref that became repeated or
 * unique since (an audit's recommendations added or closed under a number another audit
 * uses) changes the key's form between "1" and "1 <text>", so an action whose key is not in
 * the snapshot is looked up by the other form: "1 <text>" is exact, and a bare "1" goes to
 * the first action now carrying that ref, where the original usually still is.
 * @example finish(previousRatingsInChunks([{ ref: '1', action: 'Reconcile leavers' }], ['1'], new Map([['1 reconcile leavers', 'amber']]), new Work(Infinity))) // ['amber']
 */
export function* previousRatingsInChunks(actions: readonly Pick<Action, 'ref' | 'action'>[], keys: readonly string[], before: ReadonlyMap<string, Rating>, work: Work): Chunks<(Rating | undefined)[]> {
  const claimed = new Set<string>();
  return yield* mapInChunks(actions, (a, i) => {
    const key = keys[i] ?? '';
    const known = before.get(key);
    const ref = refKeyOf(a.ref);
    // No snapshot (a tracker's first refresh) holds neither form: the other is not worked out for every row.
    if (known !== undefined || ref === '' || before.size === 0) return known;
    const other = key === ref ? `${ref} ${textKeyOf(a.action)}` : ref;
    if (claimed.has(other)) return undefined;
    claimed.add(other);
    return before.get(other);
  }, work);
}
