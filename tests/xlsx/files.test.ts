import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { WorkbookReadError, WorkbookWriteError, loadWorkbook, saveWorkbook } from '../../src/xlsx/files';

let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-xlsx-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function readError(file: string): Promise<WorkbookReadError> {
  try {
    await loadWorkbook(file);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error('expected a WorkbookReadError');
}

describe('loadWorkbook and saveWorkbook', () => {
  it('saves and loads a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Action plan').getCell('A1').value = 'Recommendation';
    const file = path.join(dir, 'tracker.xlsx');
    await saveWorkbook(wb, file);
    expect((await loadWorkbook(file)).getWorksheet('Action plan')?.getCell('A1').value).toBe('Recommendation');
  });

  it('says a missing file cannot be found, naming it', async () => {
    const err = await readError(path.join(dir, 'nowhere.xlsx'));
    expect(err.reason).toBe('missing');
    expect(err.message).toMatch(/^Cannot find .*nowhere\.xlsx: check the path/);
  });

  it('says a damaged file is not a readable workbook', async () => {
    const junk = path.join(dir, 'junk.xlsx');
    await fs.writeFile(junk, 'this is not a spreadsheet');
    expect((await readError(junk)).reason).toBe('corrupt');
    const cut = path.join(dir, 'cut.xlsx');
    const whole = await new ExcelJS.Workbook().xlsx.writeBuffer();
    await fs.writeFile(cut, new Uint8Array(whole as ArrayBuffer).slice(0, 200));
    const err = await readError(cut);
    expect(err.reason).toBe('corrupt');
    expect(err.message).toContain('cut.xlsx is not a readable .xlsx workbook');
  });

  it('says a password-protected (encrypted, OLE2) file needs its password removed', async () => {
    const file = path.join(dir, 'locked.xlsx');
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const err = await readError(file);
    expect(err.reason).toBe('encrypted');
    expect(err.message).toContain('locked.xlsx is password-protected');
    expect(err.message).toContain('remove the password');
  });

  it('says a folder is not a workbook', async () => {
    expect((await readError(dir)).reason).toBe('unreadable');
  });

  it('reports a save into a missing folder as a WorkbookWriteError', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Action plan');
    await expect(saveWorkbook(wb, path.join(dir, 'no-such-folder', 'out.xlsx'))).rejects.toBeInstanceOf(WorkbookWriteError);
  });
});
