/**
 * @jest-environment jsdom
 */
import { screen } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { DOCX_TYPE } from '../../src/taskpane/board';
import { host, refreshed, stubResizeObserver } from './fixtures';

/** Refreshes as of 3 Nov 2022 and opens the Summary view. */
async function summaryView(onWeb: boolean) {
  const user = await refreshed(host(), 3, onWeb);
  await user.click(screen.getByRole('tab', { name: 'Summary' }));
  return user;
}

/** A Blob's text: jsdom's Blob has no text(), so it is read as a browser's FileReader would. */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error('nothing was copied'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function clipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

beforeAll(() => {
  // jsdom lacks the TextEncoder every browser has; the docx package writes its XML with it.
  Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });
  stubResizeObserver();
});

describe('the Summary view', () => {
  it('copies the RAG Summary as a table, with Table One and the Red action\'s exception', async () => {
    const user = await summaryView(false);
    const writeText = jest.fn(async (_text: string) => undefined);
    clipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy as table' }));
    await screen.findByText(/Copied the summary as a Markdown table/);
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toMatch(/^# RAG Summary: Action plan/);
    expect(copied).toContain('Publish the engagement strategy');
    expect(copied).toContain('| Red');
  });

  it('copies a table with the rating colours for Outlook, Word and Teams where the host can, with the Markdown beside it', async () => {
    const user = await summaryView(false);
    const written: Record<string, Blob>[] = [];
    class Item {
      constructor(readonly types: Record<string, Blob>) {}
    }
    Object.assign(globalThis, { ClipboardItem: Item });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn(), write: jest.fn(async (items: Item[]) => void written.push(...items.map((i) => i.types))) }, configurable: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Copy as table' }));
      await screen.findByText(/Copied the summary as a table: paste it into an email, Word or Teams/);
      const html = await blobText(written[0]?.['text/html']);
      expect(html).toMatch(/^<h1[^>]*>RAG Summary: Action plan<\/h1>/);
      expect(html).toContain('Publish the engagement strategy');
      expect(html).toMatch(/background:#C00000;[^"]*">Red</);
      expect(await blobText(written[0]?.['text/plain'])).toMatch(/^# RAG Summary: Action plan/);
    } finally {
      Reflect.deleteProperty(globalThis, 'ClipboardItem');
    }
  });

  it('says what to do instead when the clipboard refuses', async () => {
    const user = await summaryView(false);
    clipboard(async () => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Copy as table' }));
    expect((await screen.findByText(/Could not copy to the clipboard/)).textContent).toMatch(/Ctrl\+C/);
  });

  it('downloads the board paper as .docx on the web, through a download link', async () => {
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => (created.push(b), 'blob:summary')), revokeObjectURL: jest.fn() });
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const user = await summaryView(true);
    await user.click(screen.getByRole('button', { name: 'Download .docx' }));
    await screen.findByText(/downloading as a Word document/, undefined, { timeout: 10_000 });
    expect(clicked).toEqual([{ href: 'blob:summary', download: 'RAG Summary 2022-11-03.docx' }]);
    expect(created[0]?.type).toBe(DOCX_TYPE);
    expect(created[0]?.size).toBeGreaterThan(1000);
    click.mockRestore();
  }, 20_000);

  it('offers no download in Excel desktop, and points to Save as PDF on the RAG Summary sheet', async () => {
    await summaryView(false);
    expect(screen.queryByRole('button', { name: 'Download .docx' })).toBeNull();
    expect(screen.getByText(/RAG Summary sheet and use File > Save as PDF/)).toBeTruthy();
  });
});
