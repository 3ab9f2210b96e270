import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Tracker } from '../../core/types';
import { samePath } from '../files';
import { fileName } from './rollup-parts';

/** When a file was last saved, or null when it cannot be read (openTracker names it). */
function savedAt(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * The roll-up's files with each refreshed copy (`plan.rag.xlsx`, which refresh writes beside
 * `plan.xlsx`) and its source, when both are named, kept once: they are one tracker, whose
 * actions would otherwise be counted twice. The one saved last is kept, as it holds the latest
 * updates: the copy when it was refreshed after the last edit (or the team works in it), the
 * source when it was edited since; the source when they were saved together. Each pair gets a
 * note saying which was read.
 * @example refreshedCopies(['d/a.rag.xlsx', 'd/a.xlsx', 'd/b.xlsx']).files // ['d/a.rag.xlsx', 'd/b.xlsx'] (the copy saved last)
 */
export function refreshedCopies(files: readonly string[]): { files: string[]; notes: string[] } {
  const left = new Set<string>();
  const notes: string[] = [];
  for (const copy of files) {
    if (fileName(copy) === basename(copy)) continue; // not a refreshed copy's name
    const source = files.find((f) => f !== copy && !left.has(f) && samePath(f, join(dirname(copy), fileName(copy))));
    const [copyAt, sourceAt] = [savedAt(copy), source === undefined ? null : savedAt(source)];
    if (source === undefined || copyAt === null || sourceAt === null || left.has(copy)) continue;
    const kept = copyAt > sourceAt ? copy : source;
    left.add(kept === copy ? source : copy);
    const why = copyAt === sourceAt ? 'the source (both were saved at the same time)' : `${kept}, saved last,`;
    notes.push(`${copy} is the refreshed copy of ${source}, one tracker: only ${why} is rolled up, so its actions are counted once.`);
  }
  return { files: files.filter((f) => !left.has(f)), notes };
}

/** What a tracker holds as its users wrote it: a refreshed copy's own RAG columns are not part of it. */
function content(trackers: readonly Tracker[]): string {
  return JSON.stringify(trackers.map((t) => [t.sheet, t.actions.map((a) => [a.ref, a.action, a.lead, a.update, a.steps.map((s) => [s.text, s.timeframeText, s.statusText])])]));
}

/**
 * A warning for each two workbooks holding the same trackers (sheets, actions, leads and
 * updates, cell for cell) under other names: a copy ("plan - Copy.xlsx"), or a refreshed copy
 * kept in another folder. Both are rolled up, as which one the team keeps cannot be told, but
 * their actions are counted twice. Partners filling in one template differ in their updates.
 * @example sameTrackerWarnings(['a.xlsx', 'a - Copy.xlsx'], [trackers, trackers])[0] // 'a.xlsx and a - Copy.xlsx hold the same tracker …'
 */
export function sameTrackerWarnings(files: readonly string[], trackers: readonly (readonly Tracker[])[]): string[] {
  const seen = new Map<string, string>();
  return files.flatMap((file, i) => {
    const key = content(trackers[i] ?? []);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, file);
    return first === undefined ? [] : [`${first} and ${file} hold the same tracker (the same sheets, actions, leads and updates), so its actions are counted twice: remove one of them, or name the files to roll up one by one.`];
  });
}
