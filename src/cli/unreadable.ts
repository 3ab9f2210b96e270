import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { WorkbookReadError } from '../xlsx';

/** How much of a text file's start is looked at to tell whether it is a CSV. */
const CSV_HEAD = 4096;

/** The file again, or null when it cannot be read (the reader's own message then stands). Only on a failure. */
function bytesOf(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Text a spreadsheet export writes: no control bytes but tabs and line ends, and a separator on the first line. */
function looksLikeCsv(bytes: Buffer): boolean {
  const start = bytes.subarray(0, CSV_HEAD);
  if (start.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return false;
  // A character cut at the end of the part read is no sign of a binary file.
  const text = start.toString('utf8').replace(/^\uFEFF/, '').slice(0, bytes.length > CSV_HEAD ? -2 : undefined);
  return !text.includes('\uFFFD') && /[,;\t]/.test(text.split(/\r?\n/)[0] ?? '');
}

/** Whether an OLE2 compound file names a stream: its directory spells names in UTF-16. */
const holds = (bytes: Buffer, stream: string) => bytes.includes(Buffer.from(stream, 'utf16le'));

/**
 * A sharper message for a file the reader could not open as an .xlsx, where its bytes or its
 * name tell what it is: an empty file, a CSV saved with an .xlsx name, the old .xls format (by
 * name, or by the "Workbook" stream an .xls holds) or an encrypted package. Null where they do
 * not tell; the reader's message, which allows for each, then stands. The path is named as given.
 * @example sharperReadMessage(error, 'plan.xls') // 'plan.xls is in the old Excel 97-2003 format (.xls), …'
 */
export function sharperReadMessage(error: Pick<WorkbookReadError, 'reason'>, path: string): string | null {
  if (error.reason !== 'corrupt' && error.reason !== 'encrypted') return null;
  const bytes = bytesOf(path);
  if (bytes === null) return null;
  const save = 'open it in Excel and save it as .xlsx (Excel Workbook), then try again.';
  if (bytes.length === 0) return `${path} is empty (0 bytes), so it holds no workbook: check it is the right file, or save the tracker from Excel again as .xlsx.`;
  if (error.reason === 'corrupt') return looksLikeCsv(bytes) ? `${path} looks like a CSV (text) file, not an .xlsx workbook: ${save}` : null;
  if (holds(bytes, 'EncryptedPackage')) return `${path} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save it, and try again.`;
  if (extname(path).toLowerCase() === '.xls' || holds(bytes, 'Workbook') || holds(bytes, 'Book')) {
    return `${path} is in the old Excel 97-2003 format (.xls), which rag-tracker cannot read: ${save}`;
  }
  return null;
}
