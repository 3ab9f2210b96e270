import type { SummaryModel } from '../core/summary';
import { summaryDocx, summaryHtml, summaryMarkdown } from '../export';

/*
 * The Summary view's board-paper actions, kept out of the component: what is copied, whether
 * this host can download a file, and the download itself.
 */

/** The .docx's MIME type, so the browser saves it as a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The clipboard calls copySummary uses: `write` and ClipboardItem are missing from older webviews. */
export interface BoardClipboard {
  writeText(text: string): Promise<void>;
  write?: (items: ClipboardItem[]) => Promise<void>;
}

/**
 * Puts the summary on the clipboard: as an HTML table with the rating colours beside the
 * Markdown where the host can (Outlook, Word and Teams paste the table, a plain editor the
 * Markdown), else as the Markdown alone. Says which, for the message to the user.
 * @example await copySummary(outcome.summary, navigator.clipboard) // 'table'
 */
export async function copySummary(model: SummaryModel, clipboard: BoardClipboard, Item: typeof ClipboardItem | undefined = globalThis.ClipboardItem): Promise<'table' | 'markdown'> {
  const text = summaryMarkdown(model);
  if (clipboard.write === undefined || Item === undefined) {
    await clipboard.writeText(text);
    return 'markdown';
  }
  const html = new Blob([summaryHtml(model)], { type: 'text/html' });
  await clipboard.write([new Item({ 'text/html': html, 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
  return 'table';
}

/**
 * Whether the pane can hand the user a file: Excel on the web (a browser) can, where
 * URL.createObjectURL exists; Excel desktop's webview ignores download links, so there the
 * pane points to File > Save as PDF instead.
 * @example canDownload(true, globalThis) // true in a browser tab
 */
export function canDownload(onWeb: boolean, env: { URL?: { createObjectURL?: unknown } } = globalThis): boolean {
  return onWeb && typeof env.URL?.createObjectURL === 'function';
}

/** The download's file name, from the as-of date: "RAG Summary 2022-11-30.docx". */
export function docxName(model: SummaryModel): string {
  return `RAG Summary ${model.asOf}.docx`;
}

/**
 * Builds the board paper and saves it through an <a download> link.
 * @example await downloadDocx(outcome.summary, document)
 */
export async function downloadDocx(model: SummaryModel, doc: Document): Promise<void> {
  // A copy over a plain ArrayBuffer, which is what Blob takes.
  const bytes = new Uint8Array(await summaryDocx(model));
  const url = URL.createObjectURL(new Blob([bytes], { type: DOCX_TYPE }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = docxName(model);
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser has taken the file once the click returns; a moment later the URL can go.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
