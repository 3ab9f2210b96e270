import { useEffect, useState } from 'react';
import { columnIndex } from '../core/cells';
import { readHeader } from '../core/detect/columns';
import type { ReportTracker } from '../core/report';
import type { Role } from '../core/types';
import { listSheets, readHeaderRow, updateWorkbookSettings, withReadHeaders, type HeaderCell } from '../excel/pane-settings';
import type { ExcelRunner } from '../excel/run';
import { sentence, type PaneState } from './usePane';

/** A column's role in the view, or this for a column with none. */
export const NONE = 'none';

/** The roles of a detected tracker's columns, by letter. */
function rolesOf(tracker: ReportTracker): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, letter] of Object.entries(tracker.columns)) if (letter) out[letter] = role;
  return out;
}

/**
 * The roles detection would give a header row's cells, by letter: the starting point on a row
 * the user picked, where no refresh has read the sheet.
 * @example guessedRoles([{ letter: 'A', text: 'Scheme' }, { letter: 'B', text: 'Owner' }]) // { B: 'lead' }
 */
export function guessedRoles(headers: readonly HeaderCell[]): Record<string, string> {
  const cells: string[] = [];
  for (const h of headers) cells[columnIndex(h.letter) ?? 0] = h.text;
  const letters = new Map(headers.map((h) => [columnIndex(h.letter) ?? 0, h.letter]));
  const out: Record<string, string> = {};
  for (const [role, col] of Object.entries(readHeader(Array.from(cells, (c) => c ?? null)).columns)) {
    const letter = letters.get(col);
    if (letter !== undefined) out[letter] = role;
  }
  return out;
}

/**
 * The Columns view's state (SPEC 2.1: the user can override the sheet, the header row and
 * each column's role): the sheets to choose from, the chosen sheet and header row, that row's
 * cells and their roles, and saving them as the sheet's confirmed mapping. A sheet detection
 * found starts from its detection; any other from what its chosen row's headers suggest.
 */
export function useColumns(pane: PaneState, runner: ExcelRunner) {
  const trackers = pane.outcome?.report.trackers ?? [];
  const [sheets, setSheets] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const sheet = chosen ?? trackers[0]?.sheet ?? sheets[0] ?? null;
  const tracker = trackers.find((t) => t.sheet === sheet);
  const [rowBySheet, setRowBySheet] = useState<Record<string, number>>({});
  const headerRow = (sheet === null ? undefined : rowBySheet[sheet]) ?? tracker?.headerRow ?? 1;
  const [headers, setHeaders] = useState<HeaderCell[]>([]);
  const [roles, setRoles] = useState<Record<string, string>>({});
  const { setError } = pane;
  const read = tracker && pane.outcome?.headers[tracker.sheet];
  const detected = tracker !== undefined && tracker.headerRow === headerRow;

  useEffect(() => {
    listSheets(runner).then(setSheets, (e: unknown) => setError(sentence(e, 'list the sheets')));
  }, [runner, setError]);

  useEffect(() => {
    if (sheet === null) return;
    readHeaderRow(runner, sheet, headerRow).then(
      (cells) => {
        const shown = detected ? withReadHeaders(cells, read ?? {}) : cells;
        setHeaders(shown);
        setRoles(detected && tracker ? rolesOf(tracker) : guessedRoles(shown));
      },
      (e: unknown) => setError(sentence(e, 'read the header row')),
    );
  }, [sheet, headerRow, detected, tracker, read, runner, setError]);

  const setHeaderRow = (row: number) => sheet !== null && setRowBySheet({ ...rowBySheet, [sheet]: row });

  /** Saves the roles as the sheet's confirmed mapping, or clears it (null) so detection decides again. */
  const save = async (mapping: Record<string, string> | null): Promise<void> => {
    if (sheet === null) return;
    await updateWorkbookSettings(runner, (s) => {
      const rest = { ...s.mapping };
      delete rest[sheet];
      if (mapping === null) return { ...s, mapping: rest };
      const columns: Partial<Record<Role, string>> = {};
      for (const [letter, role] of Object.entries(mapping)) if (role !== NONE) columns[role as Role] = letter;
      return { ...s, mapping: { ...rest, [sheet]: { headerRow, columns } } };
    });
  };

  const choices = [...new Set([...trackers.map((t) => t.sheet), ...sheets])];
  return { choices, sheet, setSheet: setChosen, tracker, headerRow, setHeaderRow, headers, roles, setRoles, save };
}
