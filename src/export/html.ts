import { RATING_SWATCHES } from '../core/output/colours';
import { summaryHeading, summaryTables, type SummaryCell, type SummaryModel, type SummaryTable } from '../core/summary';

/*
 * The summary as an HTML fragment for the clipboard: Outlook, Word, Teams and Excel paste it
 * as real tables with the rating colours, where the Markdown beside it would show its pipes.
 * Every piece of workbook text is escaped, so "<script>" pastes as those characters.
 */

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };
const CELL = 'border:1px solid #A6A6A6;padding:2px 4px;vertical-align:top;font-family:Arial,sans-serif;font-size:9pt';
/** Excel takes a pasted cell as text under this format, so "=1+1" in a cell never becomes a formula. */
const AS_TEXT = "mso-number-format:'\\@'";

/**
 * Text made safe inside HTML: the characters that would start markup become entities, and
 * line breaks become `<br>`, the one tag this export writes inside a cell.
 * @example escapeHtml('<img onerror=x>\nnext') // '&lt;img onerror=x&gt;<br>next'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ENTITIES[ch] ?? ch).replace(/\r\n|\r|\n/g, '<br>');
}

function td(c: SummaryCell, total: boolean, header = false): string {
  const swatch = c.kind === 'rating' && c.rating !== undefined ? RATING_SWATCHES[c.rating] : null;
  const colours = swatch === null ? '' : `;background:#${swatch.fill};color:#${swatch.font ?? '000000'};font-weight:bold`;
  const align = c.kind === 'text' ? '' : ';text-align:center';
  const tag = header ? 'th' : 'td';
  return `<${tag} style="${CELL}${colours}${align}${total || header ? ';font-weight:bold' : ''};${AS_TEXT}">${escapeHtml(c.text)}</${tag}>`;
}

function table(t: SummaryTable): string {
  const heading = `<h2 style="font-family:Arial,sans-serif;font-size:12pt">${escapeHtml(t.heading)}</h2>`;
  if (t.rows.length === 0) return t.empty === '' ? '' : `${heading}<p>${escapeHtml(t.empty)}</p>`;
  const head = `<tr style="background:#D9E1F2">${t.headers.map((h) => td({ kind: 'text', text: h, value: h }, false, true)).join('')}</tr>`;
  const rows = t.rows.map((r) => `<tr${r.total ? ' style="background:#F2F2F2"' : ''}>${r.cells.map((c) => td(c, r.total)).join('')}</tr>`);
  return `${heading}<table style="border-collapse:collapse">${head}${rows.join('')}</table>`;
}

/**
 * The summary as HTML (SPEC 6): title, dates, the key, Table One, exceptions, what is due at
 * the next meeting and data quality, each rating cell with its word and its colour.
 * @example summaryHtml(model).startsWith('<h1') // true
 */
export function summaryHtml(model: SummaryModel): string {
  const tables = summaryTables(model);
  const heading = summaryHeading(model);
  const out = [`<h1 style="font-family:Arial,sans-serif;font-size:16pt">${escapeHtml(heading.title)}</h1>`, `<p>${heading.lines.map(escapeHtml).join('<br>')}</p>`];
  out.push(table(tables.included), table(tables.key), `<p>${model.notes.map(escapeHtml).join('<br>')}</p>`);
  for (const t of [tables.tableOne, tables.exceptions, tables.due, tables.qualityCounts, tables.qualityTop]) out.push(table(t));
  return out.filter((s) => s !== '').join('\n');
}
