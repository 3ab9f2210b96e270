import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as zlib from 'node:zlib';
import { type ZipEntry, ZipFormatError, readZip, unzipEntry, writeZip, zipEntry, zipEntryAsync } from '../../../src/xlsx/patch/zip';
import { loadWorkbook } from './helpers';

const text = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Offsets of an archive's records, read from its end record (no archive comment). */
function layout(buf: Buffer): { end: number; central: number } {
  const end = buf.length - 22;
  expect(buf.readUInt32LE(end)).toBe(0x06054b50);
  return { end, central: buf.readUInt32LE(end + 16) };
}

function sample(): Buffer {
  return writeZip([zipEntry('[Content_Types].xml', text('<Types/>')), zipEntry('xl/workbook.xml', text('<workbook/>'))]);
}

async function excelJsBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action Plan');
  ws.getCell('A1').value = 'Action';
  ws.getCell('B2').value = 42;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('zipEntry', () => {
  it('deflates the content and records its CRC-32 and size', () => {
    const e = zipEntry('hello.txt', text('hello'));
    expect(e).toMatchObject({ name: 'hello.txt', method: 8, size: 5, crc: 0x3610a686 });
    expect(zlib.inflateRawSync(e.data).toString()).toBe('hello');
  });

  it('stamps new members 1980-01-01 00:00 so the same input gives the same bytes', () => {
    const e = zipEntry('a.xml', text('<a/>'));
    expect(e.time).toBe(0);
    expect(e.date).toBe((1 << 5) | 1);
    expect(writeZip([e]).equals(writeZip([zipEntry('a.xml', text('<a/>'))]))).toBe(true);
  });

  it('has an asynchronous twin that gives the same member', async () => {
    const content = text('<worksheet>'.padEnd(10_000, 'x') + '</worksheet>');
    const async = await zipEntryAsync('xl/worksheets/sheet1.xml', content);
    expect(async).toEqual(zipEntry('xl/worksheets/sheet1.xml', content));
    expect(unzipEntry(async).equals(content)).toBe(true);
  });

  it('computes the CRC-32 without zlib.crc32 (Node before 20.15) exactly as with it', () => {
    const content = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    let fallback: ZipEntry | undefined;
    jest.isolateModules(() => {
      jest.doMock('node:zlib', () => ({ ...jest.requireActual<typeof zlib>('node:zlib'), crc32: undefined }));
      const isolated = jest.requireActual<typeof import('../../../src/xlsx/patch/zip')>('../../../src/xlsx/patch/zip');
      fallback = isolated.zipEntry('x.bin', content);
    });
    jest.dontMock('node:zlib');
    expect(fallback?.crc).toBe(zipEntry('x.bin', content).crc);
    expect(fallback?.crc).toBe(zlib.crc32(content));
    expect(zipEntry('q', text('The quick brown fox jumps over the lazy dog')).crc).toBe(0x414fa339);
  });
});

describe('writeZip and readZip', () => {
  const members = [
    zipEntry('[Content_Types].xml', text('<Types xmlns="x"/>')),
    zipEntry('xl/worksheets/sheet1.xml', text('<worksheet>'.padEnd(20_000, ' ') + '</worksheet>')),
    zipEntry('xl/média/ünïcode.xml', text('<x>£ € ✓</x>')),
    zipEntry('empty.txt', Buffer.alloc(0)),
  ];

  it('round-trips names, order, contents, sizes and CRCs', () => {
    const back = readZip(writeZip(members));
    expect(back.map((e) => e.name)).toEqual(members.map((e) => e.name));
    back.forEach((e, i) => {
      const original = members[i] as ZipEntry;
      expect(unzipEntry(e).equals(unzipEntry(original))).toBe(true);
      expect([e.crc, e.size, e.method, e.time, e.date]).toEqual([original.crc, original.size, original.method, original.time, original.date]);
      expect(e.crc).toBe(zlib.crc32(unzipEntry(e)));
    });
  });

  it('writes an archive another zip reader opens with CRC checking on', async () => {
    const zip = await JSZip.loadAsync(writeZip(members), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(members.map((e) => e.name));
    expect(await zip.file('xl/média/ünïcode.xml')?.async('string')).toBe('<x>£ € ✓</x>');
    expect(await zip.file('empty.txt')?.async('string')).toBe('');
  });

  it('keeps stored (method 0) members stored', () => {
    const raw = text('stored as is');
    const stored: ZipEntry = { name: 'mimetype', method: 0, crc: zlib.crc32(raw), size: raw.length, data: raw, time: 0x6000, date: 0x5021 };
    const [back] = readZip(writeZip([stored]));
    expect(back).toMatchObject({ method: 0, time: 0x6000, date: 0x5021 });
    expect(back && unzipEntry(back).toString()).toBe('stored as is');
  });

  it('copies a member it reads without re-compressing it: same bytes, same timestamp', () => {
    const first = readZip(writeZip(members.map((e) => ({ ...e, time: 0x7abc, date: 0x5a21 }))));
    const again = readZip(writeZip(first));
    again.forEach((e, i) => {
      const before = first[i] as ZipEntry;
      expect(e.data.equals(before.data)).toBe(true);
      expect([e.time, e.date]).toEqual([0x7abc, 0x5a21]);
    });
    expect(writeZip(again).equals(writeZip(first))).toBe(true);
  });

  it('reads a workbook ExcelJS wrote (JSZip, with folder entries) and writes one ExcelJS reads back', async () => {
    const buf = await excelJsBook();
    const entries = readZip(buf);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']));
    for (const e of entries) expect(zlib.crc32(unzipEntry(e))).toBe(e.crc);
    expect(unzipEntry(entries.find((e) => e.name === 'xl/workbook.xml') as ZipEntry).toString('utf8')).toMatch(/^<\?xml[\s\S]*<sheet [^>]*name="Action Plan"/);
    const copy = writeZip(entries);
    const wb = await loadWorkbook(copy);
    expect(wb.getWorksheet('Action Plan')?.getCell('A1').value).toBe('Action');
    expect(wb.getWorksheet('Action Plan')?.getCell('B2').value).toBe(42);
  });

  it('skips an archive comment and extra fields when finding the members', () => {
    const buf = sample();
    const { central } = layout(buf);
    // Give the first local header a 4-byte extra field, and the archive a comment.
    const nameLength = buf.readUInt16LE(26);
    const head = Buffer.from(buf.subarray(0, 30 + nameLength));
    head.writeUInt16LE(4, 28);
    const shifted = Buffer.concat([head, Buffer.from([1, 2, 3, 4]), buf.subarray(30 + nameLength)]);
    const withOffsets = Buffer.from(shifted);
    const c = central + 4;
    const firstName = withOffsets.readUInt16LE(c + 28);
    const second = c + 46 + firstName;
    withOffsets.writeUInt32LE(withOffsets.readUInt32LE(second + 42) + 4, second + 42);
    const end = withOffsets.length - 22;
    withOffsets.writeUInt32LE(c, end + 16);
    withOffsets.writeUInt16LE(9, end + 20);
    const commented = Buffer.concat([withOffsets, text('a comment')]);
    expect(readZip(commented).map((e) => unzipEntry(e).toString())).toEqual(['<Types/>', '<workbook/>']);
  });
});

describe('readZip refuses what it cannot patch, with ZipFormatError', () => {
  const refuses = (buf: Buffer, message: RegExp): void => {
    let error: unknown;
    try {
      readZip(buf);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZipFormatError);
    expect((error as Error).message).toMatch(message);
  };

  it('bytes that are not an archive', () => {
    refuses(Buffer.alloc(0), /end-of-archive/);
    refuses(text('PK not really a zip file, just some text long enough'), /end-of-archive/);
  });

  it('a truncated archive', () => {
    const buf = sample();
    refuses(buf.subarray(0, buf.length - 10), /end-of-archive/);
  });

  it('a damaged central directory', () => {
    const buf = Buffer.from(sample());
    buf.writeUInt32LE(0xdeadbeef, layout(buf).central);
    refuses(buf, /central directory/);
  });

  it('a central directory that points outside the file', () => {
    const buf = Buffer.from(sample());
    buf.writeUInt32LE(buf.length + 1000, layout(buf).end + 16);
    refuses(buf, /damaged/);
  });

  it('a damaged local header', () => {
    const buf = Buffer.from(sample());
    buf.writeUInt32LE(0, 0);
    refuses(buf, /local header/);
  });

  it('an encrypted member (general-purpose flag bit 0)', () => {
    const buf = Buffer.from(sample());
    const { central } = layout(buf);
    buf.writeUInt16LE(buf.readUInt16LE(central + 8) | 1, central + 8);
    refuses(buf, /encrypted/);
  });

  it('a compression method other than stored or deflated', () => {
    const buf = Buffer.from(sample());
    buf.writeUInt16LE(12, layout(buf).central + 10);
    refuses(buf, /compression method 12/);
  });

  it('a zip64 archive, marked in the end record (entry count or directory offset)', () => {
    const count = Buffer.from(sample());
    count.writeUInt16LE(0xffff, layout(count).end + 10);
    refuses(count, /zip64/);
    const offset = Buffer.from(sample());
    offset.writeUInt32LE(0xffffffff, layout(offset).end + 16);
    refuses(offset, /zip64/);
  });

  it('a zip64 member, marked in its central record (sizes or offset in a zip64 extra field)', () => {
    for (const field of [20, 24, 42]) {
      const buf = Buffer.from(sample());
      buf.writeUInt32LE(0xffffffff, layout(buf).central + field);
      refuses(buf, /zip64/);
    }
  });

  it('a member whose content is not the size the directory says (unzipEntry)', () => {
    const [entry] = readZip(sample());
    expect(() => unzipEntry({ ...(entry as ZipEntry), size: 3 })).toThrow(ZipFormatError);
  });
});
