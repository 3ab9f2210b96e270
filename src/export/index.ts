/* Board exports of the RAG Summary (SPEC 6): .docx, CSV and Markdown. No Node APIs, so the task pane can use them too. */
export { summaryDocx } from './docx';
export { CSV_BOM, csvField, summaryCsv } from './csv';
export { escapeMarkdown, summaryMarkdown } from './markdown';
