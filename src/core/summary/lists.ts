import { finish, Work, type Chunks } from '../chunks';
import type { Action } from '../types';
import { refGroup, refLevelInChunks, type RefLevel } from './refs';
import { actionGroupsInChunks } from './same-text';
import type { Source } from './sources';
import type { DueRow, ExceptionRow } from './types';
import { decidingUpdate, dueUpdate } from './updates';

function place(source: Source, a: Action, level: RefLevel | null) {
  return { source: source.label, sheet: source.tracker.sheet, row: a.row, ref: a.ref, group: refGroup(a, level), action: a.action, actionGroup: null, lead: a.lead, rating: a.rating, latestUpdate: decidingUpdate(a) };
}

/** The rows with their actionGroup set: the lists are read one at a time, so a repeat is looked for within the list. */
function* namedInChunks<T extends ExceptionRow | DueRow>(rows: T[], actions: readonly Action[], work: Work): Chunks<T[]> {
  const groups = yield* actionGroupsInChunks(rows, actions, work);
  // The rows were made here, each with no group: only a repeat's is set.
  groups.forEach((group, i) => {
    const row = rows[i];
    if (group !== null && row !== undefined) rows[i] = { ...row, actionGroup: group };
  });
  return rows;
}

/**
 * Each source's ref level (refLevelInChunks), in the sources' order: the group its actions' refs are shown with.
 * @example const levels = yield* refLevelsInChunks(sources, work)
 */
export function* refLevelsInChunks(sources: readonly Source[], work: Work): Chunks<(RefLevel | null)[]> {
  const out: (RefLevel | null)[] = [];
  for (const s of sources) out.push(yield* refLevelInChunks(s.tracker.actions, work));
  return out;
}

/**
 * Every Red and every Amber action (SPEC 6.4), Red first, each in sheet order.
 * @example exceptionRows(sources).map((e) => e.ref) // ['3', '12', '2', '5', '6', '13', '14']
 */
export function exceptionRows(sources: readonly Source[]): ExceptionRow[] {
  return finish(exceptionRowsInChunks(sources, new Work(Infinity)));
}

/**
 * {@link exceptionRows} counting each action looked at against `work`, pausing when it is full;
 * `levels` are the sources' ref levels (refLevelsInChunks), worked out here when not given.
 * @example const rows = yield* exceptionRowsInChunks(sources, work)
 */
export function* exceptionRowsInChunks(sources: readonly Source[], work: Work, levels?: readonly (RefLevel | null)[]): Chunks<ExceptionRow[]> {
  const out: ExceptionRow[] = [];
  const listed: Action[] = [];
  const level = levels ?? (yield* refLevelsInChunks(sources, work));
  for (const rating of ['red', 'amber'] as const) {
    for (const [i, s] of sources.entries()) {
      for (const a of s.tracker.actions) {
        if (a.rating === rating) {
          out.push({ ...place(s, a, level[i] ?? null), deadline: a.nextDue, reason: a.reason });
          listed.push(a);
        }
        if (work.add()) yield work.end();
      }
    }
  }
  return yield* namedInChunks(out, listed, work);
}

/**
 * The actions whose meeting focus is "Update due" (SPEC 6.5), in sheet order, the order a
 * meeting goes through its action plan, with the steps that are due.
 * @example dueRows(sources)[0]?.steps // ['Open recruitment and share through local networks and contacts']
 */
export function dueRows(sources: readonly Source[]): DueRow[] {
  return finish(dueRowsInChunks(sources, new Work(Infinity)));
}

/**
 * {@link dueRows} counting each action looked at against `work`, pausing when it is full;
 * `levels` as {@link exceptionRowsInChunks} takes them.
 * @example const rows = yield* dueRowsInChunks(sources, work)
 */
export function* dueRowsInChunks(sources: readonly Source[], work: Work, levels?: readonly (RefLevel | null)[]): Chunks<DueRow[]> {
  const out: DueRow[] = [];
  const listed: Action[] = [];
  const level = levels ?? (yield* refLevelsInChunks(sources, work));
  for (const [i, s] of sources.entries()) {
    for (const a of s.tracker.actions) {
      if (a.focus === 'update_due') {
        out.push({ ...place(s, a, level[i] ?? null), latestUpdate: dueUpdate(a), due: a.nextDue, steps: a.steps.filter((st) => st.focus === 'update_due').map((st) => st.text) });
        listed.push(a);
      }
      if (work.add()) yield work.end();
    }
  }
  return yield* namedInChunks(out, listed, work);
}
