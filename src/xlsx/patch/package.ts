import { REL, parseRels, relsPath, resolveTarget, serialiseRels, type Relationship } from './rels';
import { readZip, unzipEntry, writeZip, zipEntryAsync, type ZipEntry } from './zip';
import { findElement, insertBefore } from './xml';

const SMALL_PART = 256 * 1024;

/**
 * An .xlsx package opened for patching: parts are read (inflated) only when asked for, and a
 * part never changed is written back as the same compressed bytes it was read as.
 * @example const pkg = XlsxPackage.open(buf); pkg.setText('xl/x.xml', '<x/>'); pkg.toBuffer()
 */
export class XlsxPackage {
  private readonly entries: ZipEntry[];
  private readonly changed = new Map<string, string | null>();
  private readonly inflated = new Map<string, string>();
  /** Parts already being compressed (in zlib's threads), with the text they were started from. */
  private readonly sealed = new Map<string, { text: string; entry: Promise<ZipEntry> }>();

  private constructor(entries: ZipEntry[]) {
    this.entries = entries;
  }

  /** @example XlsxPackage.open(await fs.readFile('tracker.xlsx')) */
  static open(buf: Buffer): XlsxPackage {
    return new XlsxPackage(readZip(buf));
  }

  /** True when the package holds the part (and it has not been removed). */
  has(path: string): boolean {
    const edit = this.changed.get(path);
    if (edit !== undefined) return edit !== null;
    return this.entries.some((e) => e.name === path);
  }

  /** Every part's path. */
  names(): string[] {
    const names = new Set(this.entries.map((e) => e.name));
    for (const [name, edit] of this.changed) {
      if (edit === null) names.delete(name);
      else names.add(name);
    }
    return [...names];
  }

  /** A part's text, or undefined when the package has no such part. */
  text(path: string): string | undefined {
    const edit = this.changed.get(path);
    if (edit !== undefined) return edit ?? undefined;
    // Small parts (the workbook, relationships, content types) are asked for again and again, so
    // they are kept once inflated; a sheet is read once, and is not held twice in memory.
    const known = this.inflated.get(path);
    if (known !== undefined) return known;
    const entry = this.entries.find((e) => e.name === path);
    if (entry === undefined) return undefined;
    const text = unzipEntry(entry).toString('utf8');
    if (entry.size < SMALL_PART) this.inflated.set(path, text);
    return text;
  }

  /** Sets a part's text; a new part is added (its content type is the caller's to declare). */
  setText(path: string, xml: string): void {
    this.changed.set(path, xml);
  }

  /** Removes a part, its .rels, and its content-type override. */
  remove(path: string): void {
    this.changed.set(path, null);
    if (this.has(relsPath(path))) this.changed.set(relsPath(path), null);
    const types = this.text('[Content_Types].xml');
    if (types !== undefined) this.setText('[Content_Types].xml', types.replace(new RegExp(`<Override[^>]*PartName="/${escapeRe(path)}"[^>]*/>`), ''));
  }

  /** The relationships of a part. */
  rels(part: string): Relationship[] {
    return parseRels(this.text(relsPath(part)));
  }

  /** Replaces a part's relationships. */
  setRels(part: string, rels: readonly Relationship[]): void {
    this.setText(relsPath(part), serialiseRels(rels));
  }

  /** The workbook part's path (xl/workbook.xml in every workbook Excel writes). */
  workbookPath(): string {
    const doc = this.rels('').find((r) => r.type === REL.officeDocument);
    return doc ? resolveTarget('', doc.target) : 'xl/workbook.xml';
  }

  /** Declares a part's content type, replacing any earlier declaration for it. */
  declare(path: string, contentType: string): void {
    const types = this.text('[Content_Types].xml') ?? '';
    const without = types.replace(new RegExp(`<Override[^>]*PartName="/${escapeRe(path)}"[^>]*/>`), '');
    this.setText('[Content_Types].xml', insertBefore(without, `<Override PartName="/${path}" ContentType="${contentType}"/>`, [], 'Types'));
  }

  /** Declares a default content type for an extension, unless one is already declared. */
  declareDefault(extension: string, contentType: string): void {
    const types = this.text('[Content_Types].xml') ?? '';
    if (new RegExp(`<Default[^>]*Extension="${escapeRe(extension)}"`, 'i').test(types)) return;
    const first = findElement(types, 'Default') ?? findElement(types, 'Override');
    const tag = `<Default Extension="${extension}" ContentType="${contentType}"/>`;
    this.setText('[Content_Types].xml', first ? types.slice(0, first.start) + tag + types.slice(first.start) : insertBefore(types, tag, [], 'Types'));
  }

  /** A part name not yet used, from a pattern with {n}: 'xl/worksheets/sheet{n}.xml'. */
  freePath(pattern: string): string {
    for (let n = 1; ; n++) {
      const path = pattern.replace('{n}', String(n));
      if (!this.has(path)) return path;
    }
  }

  /**
   * Starts compressing a part that is finished (a big sheet), in zlib's threads, while the
   * main thread goes on building the next one. Changing the part afterwards is still safe:
   * toBuffer only uses the early start when the text is still the same.
   */
  seal(path: string): void {
    const text = this.changed.get(path);
    if (text === undefined || text === null) return;
    const entry = zipEntryAsync(path, Buffer.from(text, 'utf8'));
    // Marked as handled here; toBuffer awaits the same promise and reports any failure.
    entry.catch(() => undefined);
    this.sealed.set(path, { text, entry });
  }

  private compress(name: string, text: string): Promise<ZipEntry> {
    const early = this.sealed.get(name);
    return early !== undefined && early.text === text ? early.entry : zipEntryAsync(name, Buffer.from(text, 'utf8'));
  }

  /**
   * The archive with every change applied; untouched parts keep their compressed bytes, and
   * the changed ones are compressed in parallel.
   */
  async toBuffer(): Promise<Buffer> {
    const out: Promise<ZipEntry>[] = [];
    const seen = new Set<string>();
    for (const entry of this.entries) {
      seen.add(entry.name);
      const edit = this.changed.get(entry.name);
      if (edit === null) continue;
      out.push(edit === undefined ? Promise.resolve(entry) : this.compress(entry.name, edit).then((e) => ({ ...e, time: entry.time, date: entry.date })));
    }
    for (const [name, edit] of this.changed) {
      if (!seen.has(name) && edit !== null) out.push(this.compress(name, edit));
    }
    return writeZip(await Promise.all(out));
  }
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
