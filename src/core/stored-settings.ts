import type { CellValue } from './types';

/**
 * The settings JSON kept in column A of the RAG Settings sheet (read from A1 down to the
 * first cell that is not text), or null when there is none or it is not valid JSON: a
 * hand-edited sheet must never stop a refresh. The add-in and the command line both read it
 * with this one function.
 * @example storedFromRows([['{"amberWindowDays":', null], ['7}', null]]) // { amberWindowDays: 7 }
 */
export function storedFromRows(rows: readonly (readonly CellValue[])[]): unknown {
  let text = '';
  for (const row of rows) {
    const value = row[0];
    if (typeof value !== 'string' || value === '') break;
    text += value;
  }
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}
