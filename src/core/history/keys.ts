import { mapInChunks, type Chunks, type Work } from '../chunks';
import { refKeyOf, textKeyOf } from '../rating/trend';
import type { Action, Rating } from '../types';

/**
 * The identities (actionKey) of a sheet's actions, in order. A ref that more than one action
 * carries (an audit tracker numbers each audit's recommendations from 1) is joined with the
 * action's text, so each action keeps its own history and trend.
 * @example finish(actionKeysInChunks([{ ref: '1', action: 'Reconcile leavers' }, { ref: '1', action: 'Review overtime' }], new Work(Infinity))) // ['1 reconcile leavers', '1 review overtime']
 */
export function* actionKeysInChunks(actions: readonly Pick<Action, 'ref' | 'action'>[], work: Work): Chunks<string[]> {
  const refs = yield* mapInChunks(actions, (a) => refKeyOf(a.ref), work);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const ref of refs) {
    if (ref !== '' && seen.has(ref)) repeated.add(ref);
    seen.add(ref);
    if (work.add()) yield work.end();
  }
  return yield* mapInChunks(actions, (a, i) => {
    const ref = refs[i] ?? '';
    if (ref === '') return textKeyOf(a.action);
    return repeated.has(ref) ? `${ref} ${textKeyOf(a.action)}` : ref;
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
    if (known !== undefined || ref === '') return known;
    const other = key === ref ? `${ref} ${textKeyOf(a.action)}` : ref;
    if (claimed.has(other)) return undefined;
    claimed.add(other);
    return before.get(other);
  }, work);
}
