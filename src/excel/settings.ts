/// <reference types="office-js" />
import { settingsForRefresh, type RefreshChoice } from '../core/refresh-settings';
import { storedSettings, type Settings } from '../core/settings';
import { SETTINGS_NOTE, SETTINGS_SHEET, chunkText } from '../xlsx/settings-sheet';
import type { SheetMeta } from './read-sheet';
import { TEXT_FORMAT } from './write-plan';

// The note beside the settings JSON (B1): one text, written the same by both adapters.
export { SETTINGS_NOTE };

/** The settings a refresh is asked for: the as-of date and, optionally, the next meeting. */
export type SettingsChoice = RefreshChoice;

export { storedFromRows } from '../core/stored-settings';

/**
 * Settings from the workbook, then the choices of this refresh, as the command line merges
 * its flags.
 * @example settingsFor(null, { asOf: '2022-11-30', nextMeeting: '2022-12-14' }).nextMeeting // { date: '2022-12-14', name: '' }
 */
export function settingsFor(stored: unknown, choice: SettingsChoice): Settings {
  return settingsForRefresh(stored, choice);
}

/** Bytes the settings write adds to its round trip (for sizing web batches). */
export function settingsBytes(settings: Settings): number {
  return (JSON.stringify(storedSettings(settings))?.length ?? 4) * 2 + SETTINGS_NOTE.length + 400;
}

/**
 * Queues the very-hidden RAG Settings sheet: created when missing (an existing one is
 * rewritten in place), the JSON chunks down column A as text, old chunks below cleared.
 */
export function queueSettings(ctx: Excel.RequestContext, existing: { meta: Pick<SheetMeta, 'ws' | 'used'> } | null, settings: Settings): void {
  const ws = existing ? existing.meta.ws : ctx.workbook.worksheets.add(SETTINGS_SHEET);
  ws.visibility = 'VeryHidden';
  const chunks = chunkText(JSON.stringify(storedSettings(settings)) ?? 'null');
  const used = existing?.meta.used;
  const oldRows = used ? used.rowIndex + used.rowCount : 0;
  const total = Math.max(chunks.length, oldRows);
  const column = ws.getRangeByIndexes(0, 0, total, 1);
  column.numberFormat = Array.from({ length: total }, (_, i) => [i < chunks.length ? TEXT_FORMAT : null]);
  column.values = Array.from({ length: total }, (_, i) => [chunks[i] ?? '']);
  ws.getRange('B1').values = [[SETTINGS_NOTE]];
}
