import fs from 'fs';
import type ExcelJS from 'exceljs';

// 2026-01-01 00:00 in MS-DOS form, the only date a zip entry carries.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Sets every entry's modification time to the samples' fixed date. ExcelJS zips with the
 * clock's time, so without this two builds of the same workbook differ byte for byte.
 */
export function fixZipDates(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  if (end < 0) throw new Error('Not a zip file: no end of central directory');
  const count = out.readUInt16LE(end + 10);
  let entry = out.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(entry) !== CENTRAL_HEADER) throw new Error(`Zip central directory entry ${i} is malformed`);
    out.writeUInt16LE(DOS_TIME, entry + 12);
    out.writeUInt16LE(DOS_DATE, entry + 14);
    const local = out.readUInt32LE(entry + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`Zip local header ${i} is malformed`);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    entry += 46 + out.readUInt16LE(entry + 28) + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
  }
  return out;
}

/** Writes the workbook as .xlsx with fixed zip dates, so rebuilding gives identical bytes. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, filePath: string): Promise<void> {
  const raw = await workbook.xlsx.writeBuffer();
  fs.writeFileSync(filePath, fixZipDates(Buffer.from(raw)));
}
