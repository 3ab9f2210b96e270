/* Board exports of the RAG Summary (SPEC 6): .docx, CSV, Markdown and HTML for the clipboard. No Node APIs, so the task pane can use them too. */
export { summaryDocx } from './docx';
export { CSV_BOM, csvField, summaryCsv } from './csv';
export { escapeMarkdown, summaryMarkdown } from './markdown';
export { escapeHtml, summaryHtml } from './html';
