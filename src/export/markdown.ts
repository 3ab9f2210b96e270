import { summaryHeading, summaryTables, type SummaryModel, type SummaryTable } from '../core/summary';

/*
 * A "<" opens HTML or an autolink only before a letter, "/", "!" or "?", and a ">" only quotes at the
 * start of a line: trackers write "<45 mins" and "turnover >15%", which an email shows as typed.
 */
const INLINE = /[\\`*_[\]|~]|<(?=[A-Za-z/!?])|&(?=#?\w+;)/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '&': '&amp;' };

/**
 * Workbook text made safe to drop into Markdown: it renders as the same text, never as
 * markup, a link, HTML or a table break. Markup characters are backslash-escaped, a < that
 * could open a tag becomes an entity (so "<script>" shows as text) and & does too where it would
 * start an entity; comparisons ("<45 mins", ">15%") stay as typed. In a table cell (`cell`) line
 * breaks become `<br>`, the one tag this export writes itself; in a paragraph they become
 * spaces, and a start that would make a heading, list or quote is escaped.
 * @example escapeMarkdown('<script>alert(1)</script>') // '&lt;script>alert(1)&lt;/script>'
 * @example escapeMarkdown('Turnover >15%, handover <45 mins') // 'Turnover >15%, handover <45 mins'
 * @example escapeMarkdown('a | b *c*') // 'a \\| b \\*c\\*'
 * @example escapeMarkdown('1. Our services', { cell: true }) // '1. Our services'
 */
export function escapeMarkdown(text: string, options: { cell?: boolean } = {}): string {
  const escaped = text.trim().replace(INLINE, (ch) => ENTITIES[ch] ?? `\\${ch}`);
  if (options.cell) return escaped.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, '<br>');
  const flat = escaped.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
  return flat.replace(/^([#+\-=>]|\d+[.)])/, (mark: string) => mark.replace(/([#+\-=>.)])$/, '\\$1'));
}

function table(t: SummaryTable): string[] {
  if (t.rows.length === 0) return t.empty === '' ? [] : [`_${escapeMarkdown(t.empty)}_`, ''];
  const cell = (s: string) => escapeMarkdown(s, { cell: true }) || ' ';
  const align = t.headers.map((_, i) => (t.rows[0]?.cells[i]?.kind === 'text' ? '---' : ':---:'));
  const row = (cells: readonly string[], bold: boolean) => `| ${cells.map((c) => (bold && c.trim() !== '' ? `**${cell(c)}**` : cell(c))).join(' | ')} |`;
  return [row(t.headers, false), `| ${align.join(' | ')} |`, ...t.rows.map((r) => row(r.cells.map((c) => c.text), r.total)), ''];
}

/**
 * The summary as Markdown for emails and wikis (SPEC 6): title, dates, the key, Table One,
 * exceptions, what is due at the next meeting and data quality. Rating cells carry their
 * word; every piece of workbook text is escaped so it renders as text.
 * @example summaryMarkdown(model).startsWith('# RAG Summary: Action Plan') // true
 */
export function summaryMarkdown(model: SummaryModel): string {
  const tables = summaryTables(model);
  const heading = summaryHeading(model);
  const out = [`# ${escapeMarkdown(heading.title)}`, '', ...heading.lines.map((l) => `${escapeMarkdown(l)}  `), ''];
  if (tables.included.rows.length > 0) out.push(`## ${escapeMarkdown(tables.included.heading)}`, '', ...table(tables.included));
  // A roll-up's system view and per-partner counts have no rows (and no section) otherwise.
  const sections = [[tables.key, model.notes], [tables.tableOne], [tables.system], [tables.exceptions], [tables.due], [tables.qualityCounts], [tables.qualityByPartner]] as const;
  for (const [t, notes] of sections.filter(([t]) => t.rows.length > 0 || t.empty !== '')) {
    out.push(`## ${escapeMarkdown(t.heading)}`, '', ...table(t));
    if (notes) out.push(...notes.map((n) => `- ${escapeMarkdown(n)}`), '');
  }
  if (tables.qualityTop.rows.length > 0) out.push(`### ${escapeMarkdown(tables.qualityTop.heading)}`, '', ...table(tables.qualityTop));
  return `${out.join('\n').trimEnd()}\n`;
}
