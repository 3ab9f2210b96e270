import { basename, extname } from 'node:path';
import { daysBetween, formatUk } from '../../core/dates';
import type { HistoryRow } from '../../core/history';
import { measure } from '../../core/rollup/measures';
import type { Settings } from '../../core/settings';
import type { Group, Tracker } from '../../core/types';

/** A workbook's file name as a roll-up names it: a refreshed copy's without ".rag", so "plan.rag.xlsx" is "plan.xlsx". */
export function fileName(file: string): string {
  return basename(file).replace(/\.rag(\.xls[xm])$/i, '$1');
}

/**
 * The workbooks' file names (fileName), or the paths as given where two share a name: what the
 * terminal and cell addresses name them by.
 * @example fileNames(['a/plan.xlsx', 'b/plan.rag.xlsx', 'audit.xlsx']) // ['a/plan.xlsx', 'b/plan.rag.xlsx', 'audit.xlsx']
 */
export function fileNames(files: readonly string[]): string[] {
  const names = files.map(fileName);
  return names.map((n, i) => (names.filter((o) => o === n).length > 1 ? (files[i] ?? n) : n));
}

/**
 * Each workbook's label: its tracker's title (the title row above the header) where its
 * trackers share one, else its file name without the extension, which a board reads as a
 * name. Labels stay unique: two alike get their file names after them, and two still alike
 * (one file name in two folders) are the paths as given.
 * @example workbookLabels(['out/gp.rag.xlsx', 'mh_plan.xlsx'], [['Green Plan Tracker'], [null]]) // ['Green Plan Tracker', 'mh_plan']
 */
export function workbookLabels(files: readonly string[], titles: readonly (readonly (string | null)[])[] = []): string[] {
  const stem = (f: string) => basename(fileName(f), extname(fileName(f)));
  const named = files.map((f, i) => {
    const own = new Set((titles[i] ?? []).map((t) => t?.trim() || null));
    const [title] = [...own];
    return own.size === 1 && title ? title : stem(f);
  });
  const clash = (labels: readonly string[], l: string) => labels.filter((o) => o === l).length > 1;
  const second = named.map((l, i) => {
    const file = files[i] ?? '';
    return !clash(named, l) ? l : l === stem(file) ? fileName(file) : `${l} (${fileName(file)})`;
  });
  return second.map((l, i) => (clash(second, l) ? (files[i] ?? l) : l));
}

/** Beyond this many days, a workbook's last snapshot is likely an earlier reporting period than today. */
const STALE_DAYS = 30;

/**
 * A note for each workbook whose last RAG History snapshot is well before the date the roll-up
 * rates at (today: only called when no --as-of was given): its ratings then are today's, not
 * the ones its team last reported, which whoever runs the roll-up should be told.
 * @example staleSnapshotNotes(['gp.xlsx'], [[{ asOf: '2024-11-15', … }]], '2026-12-07')[0] // "gp.xlsx: its last snapshot in RAG History is as at 15 Nov 2024, …"
 */
export function staleSnapshotNotes(labels: readonly string[], histories: readonly (readonly HistoryRow[])[], asOf: string): string[] {
  return histories.flatMap((rows, i) => {
    const last = rows.reduce<string | null>((max, r) => (r.unreadable === undefined && r.asOf !== '' && (max === null || r.asOf > max) ? r.asOf : max), null);
    if (last === null || daysBetween(last, asOf) <= STALE_DAYS) return [];
    return [`${labels[i] ?? ''}: its last snapshot in RAG History is as at ${formatUk(last)}, ${daysBetween(last, asOf)} days before today (${formatUk(asOf)}), the date every workbook is rated at; give --as-of ${last} to roll up as at that snapshot.`];
  });
}

/**
 * The roll-up's total for the JSON report: over every action tracker's actions; ambitions
 * given on a Table One sheet are never added to actions (they would be counted twice), so
 * they are totalled on their own only when every tracker is one.
 * @example rollupTotal(trackers, settings).actions // 60
 */
export function rollupTotal(trackers: readonly Tracker[], settings: Settings): Group {
  const counted = trackers.filter((t) => !t.ambitionLevel);
  const of = counted.length > 0 ? counted : trackers;
  const m = measure(of.flatMap((t) => t.actions), settings, counted.length === 0);
  return { objective: null, ambition: null, ...m, trend: null, strategy: null };
}
