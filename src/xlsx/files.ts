import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import './exceljs-fixes';

/** A workbook that cannot be opened; the message names the file and what to do (CLI exit code 3). */
export class WorkbookReadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly reason: 'missing' | 'encrypted' | 'corrupt' | 'unreadable',
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

/** A workbook that cannot be saved; the message names the file and what to do. */
export class WorkbookWriteError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}

/** An encrypted .xlsx is an OLE2 compound file, not a zip: it starts D0 CF 11 E0. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];

function startsWith(buf: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

function codeOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/**
 * Opens an .xlsx file. A missing, unreadable, corrupt or password-protected file becomes a
 * {@link WorkbookReadError} whose message a user can act on.
 * @example const wb = await loadWorkbook('tracker.xlsx')
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await readWorkbookBytes(file), file);
}

/**
 * An .xlsx file's bytes. A missing or unreadable file, a password-protected one and one that is
 * not a zip at all become a {@link WorkbookReadError} whose message a user can act on.
 * @example const bytes = await readWorkbookBytes('tracker.xlsx')
 */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  const name = path.basename(file);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ENOENT') throw new WorkbookReadError(`Cannot find ${file}: check the path and file name.`, file, 'missing');
    if (code === 'EISDIR') throw new WorkbookReadError(`${file} is a folder, not a workbook: give the path of an .xlsx file.`, file, 'unreadable');
    throw new WorkbookReadError(`Cannot read ${file} (${code ?? 'unknown error'}): check you have permission to open it.`, file, 'unreadable');
  }
  if (startsWith(buf, OLE2)) {
    throw new WorkbookReadError(
      `${name} is password-protected (or an old .xls file): open it in Excel, remove the password or save it as .xlsx, and try again.`,
      file,
      'encrypted',
    );
  }
  if (!startsWith(buf, ZIP)) throw corruptError(file);
  return buf;
}

function corruptError(file: string): WorkbookReadError {
  return new WorkbookReadError(
    `${path.basename(file)} is not a readable .xlsx workbook (it may be damaged or another kind of file): open it in Excel and save it as .xlsx, then try again.`,
    file,
    'corrupt',
  );
}

/**
 * A workbook's bytes loaded into ExcelJS's model; anything ExcelJS cannot read as a workbook
 * is a {@link WorkbookReadError} ('corrupt'). `file` names it in the message.
 * @example const wb = await loadWorkbookBytes(await readWorkbookBytes(file), file)
 */
export async function loadWorkbookBytes(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw corruptError(file);
  }
  // Any zip loads without complaint (a .docx, say); a workbook always has a sheet.
  if (wb.worksheets.length === 0) throw corruptError(file);
  return wb;
}

/**
 * Saves a workbook. The file is built in memory first, so a failure never leaves a
 * half-written file; a locked or read-only target becomes a {@link WorkbookWriteError}.
 * @example await saveWorkbook(wb, 'tracker.rag.xlsx')
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  let data: ExcelJS.Buffer;
  try {
    data = await wb.xlsx.writeBuffer();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new WorkbookWriteError(`Cannot build the workbook for ${file} (${detail}).`, file);
  }
  await saveBytes(data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer), file);
}

/**
 * Writes a built workbook's bytes; a locked or read-only target becomes a {@link WorkbookWriteError}.
 * @example await saveBytes(await patchWorkbook(bytes, source.grids, edits), 'tracker.rag.xlsx')
 */
export async function saveBytes(data: Uint8Array, file: string): Promise<void> {
  try {
    await fs.writeFile(file, data);
  } catch (err) {
    const code = codeOf(err);
    const hint = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? 'close it in Excel or choose another file name' : 'check the folder exists and you can write to it';
    throw new WorkbookWriteError(`Cannot save ${file} (${code ?? 'unknown error'}): ${hint}.`, file);
  }
}
