import { safeText } from '../core/output/safe-text';
import { summaryHeading, summaryTables, type SummaryModel, type SummaryTable } from '../core/summary';

/** A byte-order mark, so Excel opens the file as UTF-8 (the trend arrows and dashes survive). */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180), formula-injection safe: text that a spreadsheet would run as a
 * formula (starting = + - @, tab or carriage return) gets a leading apostrophe first, then
 * fields holding a comma, quote or line break are quoted with quotes doubled.
 * @example csvField('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example csvField('Red') // 'Red'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function lines(table: SummaryTable): string[][] {
  return [[table.heading], table.headers, ...table.rows.map((r) => r.cells.map((c) => c.text))];
}

/**
 * The summary as CSV (SPEC 6 exports): a title line with the as-of date and quarter, the next
 * meeting and what the trend compares against (a file passed round on its own must say when
 * it was true), then (in a roll-up) the trackers included, Table One, (in a roll-up whose partners share
 * objectives) the system view, and the exceptions, each a
 * heading line, a header row and its rows, separated by a blank line, and last the notes on how
 * the figures are worked out, one a line. Every
 * row names its objective, so the rows sort and filter. Cells hold what the sheet shows
 * ("92%", "Amber", "▼ Worse"); CRLF line ends as RFC 4180 asks; a BOM unless `bom` is false.
 * @example summaryCsv(model).split('\r\n')[2] // 'Objective,Ambition,Actions,Complete,…'
 */
export function summaryCsv(model: SummaryModel, options: { bom?: boolean } = {}): string {
  const tables = summaryTables(model, true);
  const heading = summaryHeading(model);
  const included = tables.included.rows.length > 0 ? [...lines(tables.included), []] : [];
  // The notes last, so a file passed round on its own says what Progress, Confidence, Trend and Overall mean.
  const system = tables.system.rows.length > 0 ? [...lines(tables.system), []] : [];
  const rows = [[heading.title, ...heading.lines], ...included, ...lines(tables.tableOne), [], ...system, ...lines(tables.exceptions), [], ['Notes'], ...model.notes.map((n) => [n])];
  const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
  return `${options.bom === false ? '' : CSV_BOM}${text}\r\n`;
}
