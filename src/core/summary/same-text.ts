import { finish, Work, type Chunks } from '../chunks';
import type { Action } from '../types';
import { refGroup, Repeats } from './refs';

/*
 * A plan that sets every PCN (or ward, or directorate) the same actions lists "All practices live
 * on CBT" once per PCN: in the exceptions, three identical lines with blank refs tell the board
 * nothing about where the problem is. Each such action is named with the group that tells it
 * apart, as refs numbered afresh per group are (refs.ts).
 */

/** A listed action, with where it came from and the group its ref is already shown with. */
interface Listed {
  source: string | null;
  action: string;
  group: string | null;
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Per listed row, the group to name with its action where another row of the same list, from
 * the same source (a roll-up's Source column tells sources apart), has the same words: the
 * ambition when they share an objective, else the objective (Repeats). Null where the words are
 * the row's own, the rows share their groups too, or the Ref cell already names that group.
 * `actions` are the rows' actions, in the same order.
 * @example actionGroups(rows, actions) // ['Dales Rural PCN', null, 'Coastal Alliance PCN'] for two "All practices live on CBT" and one other
 */
export function actionGroups(rows: readonly Listed[], actions: readonly Pick<Action, 'objective' | 'ambition'>[]): (string | null)[] {
  return finish(actionGroupsInChunks(rows, actions, new Work(Infinity)));
}

const NO_GROUP = { objective: null, ambition: null };

/**
 * {@link actionGroups} counting each row against `work` and pausing when it is full: a long
 * tracker's exceptions list runs to tens of thousands of rows, too many to read in one stretch.
 * @example const groups = yield* actionGroupsInChunks(rows, actions, work)
 */
export function* actionGroupsInChunks(rows: readonly Listed[], actions: readonly Pick<Action, 'objective' | 'ambition'>[], work: Work): Chunks<(string | null)[]> {
  const alike = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Listed;
    const key = `${r.source ?? ''}\u0000${words(r.action)}`;
    const at = alike.get(key);
    if (at === undefined) alike.set(key, [i]);
    else at.push(i);
    if (work.add()) yield work.end();
  }
  const out: (string | null)[] = new Array<string | null>(rows.length).fill(null);
  for (const at of alike.values()) {
    if (at.length < 2) continue;
    const repeats = new Repeats();
    for (const i of at) repeats.add('', actions[i] ?? NO_GROUP);
    for (const i of at) {
      const group = refGroup(actions[i] ?? NO_GROUP, repeats.level);
      out[i] = group === rows[i]?.group ? null : group;
      if (work.add(2)) yield work.end();
    }
  }
  return out;
}
