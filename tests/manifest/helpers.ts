import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

/** Reading manifest.xml and the files it points at, for the manifest and build tests. */

export const ROOT = resolve(__dirname, '..', '..');
export const MANIFEST_PATH = join(ROOT, 'manifest.xml');
export const DEV_URL = 'https://localhost:3000/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export function readManifest(path = MANIFEST_PATH): string {
  return readFileSync(path, 'utf8');
}

/** The manifest as a DOM (needs the jsdom test environment). */
export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent ?? ''}`);
  return doc;
}

/** Every element with this local name, whatever its namespace. */
export function all(node: Document | Element, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS('*', localName));
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS(XSI, 'type');
}

/** The resources of VersionOverrides by id: images and URLs (their URL), strings (their text). */
export function resources(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of [...all(doc, 'Image'), ...all(doc, 'Url'), ...all(doc, 'String')]) {
    const id = el.getAttribute('id');
    if (id !== null) out.set(id, el.getAttribute('DefaultValue') ?? '');
  }
  return out;
}

/** Every URL the manifest holds: DefaultValue and Value attributes that are URLs, and AppDomains. */
export function manifestUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of all(doc, '*')) {
    for (const name of ['DefaultValue', 'Value']) {
      const value = el.getAttribute(name);
      if (value !== null && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
  }
  for (const el of all(doc, 'AppDomain')) urls.push(el.textContent ?? '');
  return urls;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The ExcelApi version src/excel/REQUIREMENTS.md asks the manifest for, or null without the file. */
export function requiredExcelApi(): string | null {
  const path = join(ROOT, 'src', 'excel', 'REQUIREMENTS.md');
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const found =
    /<Set\s+Name="ExcelApi"\s+MinVersion="(1\.\d+)"/.exec(text) ??
    /manifest[^\n]*?ExcelApi\D{0,20}(1\.\d+)/i.exec(text) ??
    /ExcelApi\D{0,20}(1\.\d+)/.exec(text);
  if (!found?.[1]) throw new Error('src/excel/REQUIREMENTS.md names no ExcelApi version');
  return found[1];
}
