import type { SheetGrid, Tracker } from '../core/types';
import type { WorkbookSource } from '../xlsx/source';

/** Longer than this, the first text of a sheet is a paragraph of notes, not a cover's title. */
const COVER_TITLE_MAX = 150;

/**
 * A title cut to what names the partner in a roll-up's rows: the words before a spaced dash
 * ("Riverside Community Healthcare NHS Trust – Strategy delivery trackers"), when they are two
 * words or more; else the title as it is. The full title would wrap a narrow first column.
 * @example shortTitle('Eastvale Hospitals NHS Foundation Trust – Operational plan actions') // 'Eastvale Hospitals NHS Foundation Trust'
 * @example shortTitle('ICB – Joint Forward Plan') // 'ICB – Joint Forward Plan'
 */
export function shortTitle(title: string): string {
  const whole = title.trim();
  const head = headAndTail(whole)?.head ?? whole;
  return head.split(/\s+/).length >= 2 ? head : whole;
}

/** A title's words before its first spaced dash, and those after it (lower case, for comparing); null with no such dash. */
function headAndTail(title: string): { head: string; tail: string } | null {
  const dash = /\s+[–—-]\s+/.exec(title);
  if (dash === null) return null;
  const head = title.slice(0, dash.index).trim();
  const tail = title.slice(dash.index + dash[0].length).trim().toLowerCase().replace(/\s+/g, ' ');
  return head === '' || tail === '' ? null : { head, tail };
}

/**
 * Each partner's label from its title (null for none): cut to the words before the dash, as
 * shortTitle does, and, where two or more titles end in the same words after it ("Hospice –
 * system winter plan actions", "Acute Trust – system winter plan actions"), cut so however
 * short: the shared words name the exercise, and the words before the dash are what tell the
 * partners apart.
 * @example partnerLabels(['Acute Trust – winter plan', 'Hospice – winter plan']) // ['Acute Trust', 'Hospice']
 * @example partnerLabels(['ICB – Joint Forward Plan']) // ['ICB – Joint Forward Plan']
 */
export function partnerLabels(titles: readonly (string | null)[]): (string | null)[] {
  const parts = titles.map((t) => (t === null ? null : headAndTail(t.trim())));
  const shared = (tail: string) => parts.filter((p) => p?.tail === tail).length >= 2;
  return titles.map((t, i) => {
    const part = parts[i];
    return t === null ? null : part != null && shared(part.tail) ? part.head : shortTitle(t);
  });
}

/**
 * The title on a cover sheet: the first text of the first visible sheet before any tracker
 * sheet, within its first rows. Null when the workbook opens with a tracker, or the text is
 * not a title (no letters, or a paragraph).
 * @example coverTitle(grids, new Set(['Workforce'])) // 'Riverside Community Healthcare NHS Trust – Strategy delivery trackers'
 */
export function coverTitle(grids: readonly SheetGrid[], trackerSheets: ReadonlySet<string>): string | null {
  for (const grid of grids) {
    if (trackerSheets.has(grid.name)) return null;
    if (grid.hidden) continue;
    const first = grid.rows.slice(0, 5).flat().find((v) => typeof v === 'string' && v.trim() !== '');
    if (typeof first === 'string') return /\p{L}/u.test(first) && first.trim().length <= COVER_TITLE_MAX ? first.trim() : null;
  }
  return null;
}

/**
 * What a workbook calls itself, for naming its partner in a roll-up: its document title, else
 * the title its trackers share, else its cover sheet's title (a workbook of several trackers,
 * each titled for its own sheet); null when it gives none (the file name is used).
 * @example partnerTitle(source, trackers) // 'Riverside Community Healthcare NHS Trust – Strategy delivery trackers'
 */
export function partnerTitle(source: Pick<WorkbookSource, 'title' | 'grids'>, trackers: readonly Pick<Tracker, 'sheet' | 'title'>[]): string | null {
  if (source.title?.trim()) return source.title.trim();
  const titles = new Set(trackers.map((t) => t.title?.trim() || null));
  const [shared] = [...titles];
  if (titles.size === 1 && shared) return shared;
  return coverTitle(source.grids, new Set(trackers.map((t) => t.sheet)));
}
