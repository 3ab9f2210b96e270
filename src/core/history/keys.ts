import { mapInChunks, type Chunks, type Work } from '../chunks';
import { refKeyOf, textKeyOf } from '../rating/trend';
import type { Action } from '../types';

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
