import * as zlib from 'node:zlib';

/**
 * One member of a zip archive as it sits in the file: its compressed bytes are kept as they
 * are, so a part the refresh does not change is copied into the output without being
 * inflated and deflated again.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  data: Buffer;
  /** DOS time and date words, kept so an unchanged part keeps its timestamp. */
  time: number;
  date: number;
}

/** Why an archive cannot be patched; the caller falls back to rewriting the whole workbook. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 1980-01-01 00:00, the earliest DOS date: new parts get a fixed stamp so output is repeatable. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipFormatError('no end-of-archive record');
}

/**
 * The members of a zip archive, in order, with their data still compressed.
 * @example readZip(await fs.readFile('book.xlsx')).map((e) => e.name) // ['[Content_Types].xml', '_rels/.rels', …]
 */
export function readZip(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('zip64 archives are not patched');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    // Bounds first: an offset past the end would be a RangeError, which the caller does not
    // treat as "fall back to the ExcelJS writer".
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('damaged central directory');
    const flags = buf.readUInt16LE(at + 8);
    if ((flags & 1) !== 0) throw new ZipFormatError('encrypted members');
    const method = buf.readUInt16LE(at + 10);
    if (method !== 0 && method !== 8) throw new ZipFormatError(`compression method ${method}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const compressed = buf.readUInt32LE(at + 20);
    // A member's sizes or offset at 0xFFFFFFFF live in a zip64 extra field: read as they are,
    // the member would be copied out with the wrong bytes.
    if (compressed === 0xffffffff || buf.readUInt32LE(at + 24) === 0xffffffff || local === 0xffffffff) throw new ZipFormatError('zip64 archives are not patched');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError('damaged local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw new ZipFormatError('damaged member data');
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method,
      crc: buf.readUInt32LE(at + 16),
      size: buf.readUInt32LE(at + 24),
      data: buf.subarray(start, start + compressed),
      time: buf.readUInt16LE(at + 12),
      date: buf.readUInt16LE(at + 14),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * A member's content, inflated.
 * @example unzipEntry(entry).toString('utf8').startsWith('<?xml') // true
 */
export function unzipEntry(entry: ZipEntry): Buffer {
  const out = entry.method === 0 ? entry.data : zlib.inflateRawSync(entry.data);
  if (out.length !== entry.size) throw new ZipFormatError(`${entry.name} is damaged`);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** zlib.crc32 is native from Node 20.15; older Nodes take the table. */
function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data);
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A new member from its content, deflated at zlib's default level (what Excel and ExcelJS use).
 * @example zipEntry('xl/worksheets/sheet9.xml', Buffer.from(xml))
 */
export function zipEntry(name: string, content: Buffer): ZipEntry {
  return { name, method: 8, crc: crc32(content), size: content.length, data: zlib.deflateRawSync(content), time: 0, date: DOS_DATE };
}

/**
 * {@link zipEntry} off the main thread: zlib runs in libuv's thread pool, so several parts
 * are compressed at once, on as many cores as the machine has.
 * @example await zipEntryAsync('xl/worksheets/sheet1.xml', Buffer.from(xml))
 */
export function zipEntryAsync(name: string, content: Buffer): Promise<ZipEntry> {
  return new Promise((resolve, reject) => {
    zlib.deflateRaw(content, (error, data) => {
      if (error) reject(error);
      else resolve({ name, method: 8, crc: crc32(content), size: content.length, data, time: 0, date: DOS_DATE });
    });
  });
}

/**
 * The archive bytes for these members, in this order.
 * @example writeZip([zipEntry('a.txt', Buffer.from('a'))]).readUInt32LE(0) // 0x04034b50
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(e.time, 10);
    head.writeUInt16LE(e.date, 12);
    head.writeUInt32LE(e.crc >>> 0, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    head.copy(dir, 8, 6, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(head, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
