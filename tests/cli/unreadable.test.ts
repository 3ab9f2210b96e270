import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/samples';

/*
 * A file that is not an .xlsx workbook gets a message saying what it is, where that can be
 * told from its first bytes or its name, and what to do about it (rv18 finding 3). Exit 3.
 */

/** The start of an OLE2 compound file (an old .xls, or a password-protected .xlsx) holding one named stream. */
function ole2(stream: string): Buffer {
  return Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
}

async function message(name: string, bytes: Buffer | string): Promise<string> {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  const result = await cli(['validate', file]);
  expect(result.code).toBe(3);
  return result.stderr.replace(file, name);
}

describe('the message for a file that is not an .xlsx workbook', () => {
  it('says an empty file is empty', async () => {
    expect(await message('plan.xlsx', '')).toBe('rag-tracker: plan.xlsx is empty (0 bytes), so it holds no workbook: check it is the right file, or save the tracker from Excel again as .xlsx.\n');
  });

  it('says a CSV or other text file given an .xlsx name is text, whatever it separates with', async () => {
    const csv = 'rag-tracker: plan.xlsx looks like a CSV (text) file, not an .xlsx workbook: open it in Excel and save it as .xlsx (Excel Workbook), then try again.\n';
    expect(await message('plan.xlsx', 'Ref,Action,Lead,Due,Status\n1,Do thing,Jo,Nov 26,On track\n')).toBe(csv);
    expect(await message('plan.xlsx', 'Ref;Action;Lead\r\n1;Do thing;Jo\r\n')).toBe(csv);
    expect(await message('plan.xlsx', '\uFEFFRef\tAction\tLead\n1\tDo thing\tJo\n')).toBe(csv);
  });

  it('says a file named .xls is the old Excel format, as is an .xlsx holding an old workbook', async () => {
    const old = (name: string) => `rag-tracker: ${name} is in the old Excel 97-2003 format (.xls), which rag-tracker cannot read: open it in Excel and save it as .xlsx (Excel Workbook), then try again.\n`;
    expect(await message('plan.xls', ole2('Workbook'))).toBe(old('plan.xls'));
    expect(await message('plan.xlsx', ole2('Workbook'))).toBe(old('plan.xlsx'));
  });

  it('says a file holding an encrypted package is password-protected', async () => {
    expect(await message('plan.xlsx', ole2('EncryptedPackage'))).toBe('rag-tracker: plan.xlsx is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save it, and try again.\n');
  });

  it('keeps the message that allows for both where the bytes do not tell', async () => {
    expect(await message('plan.xlsx', ole2(''))).toMatch(/plan\.xlsx is password-protected \(or an old \.xls file\)/);
    expect(await message('plan.xlsx', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]))).toMatch(/plan\.xlsx is not a readable \.xlsx workbook \(it may be damaged or another kind of file\)/);
  });
});

describe('a workbook holding no tracker', () => {
  async function contacts(dir: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contacts');
    ws.addRow(['Organisation', 'Name', 'Email']);
    ws.addRow(['Acute Trust', 'Jo Bloggs', 'jo@nhs.net']);
    const file = join(dir, 'Partner contacts.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('in a roll-up, is advised to be moved out of the folder or left out of the list', async () => {
    const dir = tempDir();
    const file = await contacts(dir);
    const result = await cli(['rollup', dir, join(dir, '..', 'missing.xlsx')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${file} holds no action tracker: if it is not a tracker, move it out of the folder or name the tracker workbooks one by one; if it is, run rag-tracker validate on it to see what it needs.`);
    expect(result.stderr).not.toContain('Name its action column');
    const listed = await cli(['rollup', file, join(dir, '..', 'missing.xlsx')]);
    expect(listed.stderr).toContain(`${file} holds no action tracker: if it is not a tracker, leave it out of the list; if it is, run rag-tracker validate on it to see what it needs.`);
  });

  it('on its own, keeps the advice on naming its columns', async () => {
    const file = await contacts(tempDir());
    const result = await cli(['validate', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Name its action column "Action"');
  });
});
