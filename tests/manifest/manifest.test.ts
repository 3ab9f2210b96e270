/** @jest-environment jsdom */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { validateManifest } from '../../scripts/validate-manifest';
import { all, DEV_URL, manifestUrls, parseManifest, pngSize, readManifest, requiredExcelApi, resources, ROOT, xsiType } from './helpers';

const xml = readManifest();
const doc = parseManifest(xml);
const res = resources(doc);

/** The local file a development URL serves from the repository (assets are copied as they are). */
function assetFile(url: string): string {
  return join(ROOT, url.slice(DEV_URL.length));
}

/** The ribbon control whose label reads `label`. */
function control(label: string): Element {
  const found = all(doc, 'Control').filter((c) => res.get(all(c, 'Label')[0]?.getAttribute('resid') ?? '') === label);
  expect(found).toHaveLength(1);
  return found[0] as Element;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('manifest.xml', () => {
  it('validates offline against the task pane manifest schema in ../shared/schemas/manifest', async () => {
    await expect(validateManifest(xml)).resolves.toEqual({ valid: true, errors: [] });
  });

  it('is a task pane add-in for the Excel workbook host, in en-GB, that reads and writes the document', () => {
    expect(xsiType(doc.documentElement)).toBe('TaskPaneApp');
    expect(all(doc, 'Host').filter((h) => h.getAttribute('Name') !== null).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(all(doc, 'DefaultLocale')[0]?.textContent).toBe('en-GB');
    expect(all(doc, 'DisplayName')[0]?.getAttribute('DefaultValue')).toBe('RAG Tracker');
    expect(all(doc, 'Permissions')[0]?.textContent).toBe('ReadWriteDocument');
    expect(all(doc, 'Id')[0]?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('serves every URL over HTTPS from the development server, https://localhost:3000/', () => {
    const urls = manifestUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
    expect(all(doc, 'SourceLocation')[0]?.getAttribute('DefaultValue')).toBe(`${DEV_URL}taskpane.html`);
  });

  it('points every icon at a PNG in assets/ of the size it is declared at', () => {
    const icons: Array<[string, number]> = [
      [all(doc, 'IconUrl')[0]?.getAttribute('DefaultValue') ?? '', 32],
      [all(doc, 'HighResolutionIconUrl')[0]?.getAttribute('DefaultValue') ?? '', 64],
    ];
    for (const image of all(doc, 'Image').filter((i) => i.hasAttribute('size'))) {
      icons.push([res.get(image.getAttribute('resid') ?? '') ?? '', Number(image.getAttribute('size'))]);
    }
    expect(new Set(icons.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of icons) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  it('declares the ExcelApi requirement set that src/excel/REQUIREMENTS.md asks for (1.9 until it exists)', () => {
    const sets = all(doc, 'Requirements')
      .filter((r) => r.parentElement === doc.documentElement)
      .flatMap((r) => all(r, 'Set'))
      .map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', requiredExcelApi() ?? '1.9']]);
  });

  it('refers only to resources it defines, with ids of at most 32 characters', () => {
    for (const el of all(doc, '*').filter((e) => e.hasAttribute('resid'))) {
      const id = el.getAttribute('resid') ?? '';
      expect({ id, defined: res.has(id) }).toEqual({ id, defined: true });
    }
    for (const id of res.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('puts a RAG Tracker group on the Home tab with the two buttons', () => {
    const tab = all(doc, 'OfficeTab');
    expect(tab.map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    const group = all(tab[0] as Element, 'Group')[0] as Element;
    expect(res.get(all(group, 'Label')[0]?.getAttribute('resid') ?? '')).toBe('RAG Tracker');
    const labels = all(group, 'Control').map((c) => res.get(all(c, 'Label')[0]?.getAttribute('resid') ?? ''));
    expect(labels).toEqual(['Refresh RAG', 'Open RAG Tracker']);
  });

  it('runs refreshRag from commands.html when Refresh RAG is pressed, without opening the pane', () => {
    const refresh = control('Refresh RAG');
    const action = all(refresh, 'Action')[0] as Element;
    expect(xsiType(action)).toBe('ExecuteFunction');
    expect(all(action, 'FunctionName')[0]?.textContent).toBe('refreshRag');
    expect(res.get(all(doc, 'FunctionFile')[0]?.getAttribute('resid') ?? '')).toBe(`${DEV_URL}commands.html`);
  });

  it('shows taskpane.html when Open RAG Tracker is pressed', () => {
    const action = all(control('Open RAG Tracker'), 'Action')[0] as Element;
    expect(xsiType(action)).toBe('ShowTaskpane');
    expect(res.get(all(action, 'SourceLocation')[0]?.getAttribute('resid') ?? '')).toBe(`${DEV_URL}taskpane.html`);
  });

  it('gives both buttons a supertip with a title and a description', () => {
    for (const label of ['Refresh RAG', 'Open RAG Tracker']) {
      const tip = all(control(label), 'Supertip')[0] as Element;
      expect(res.get(all(tip, 'Title')[0]?.getAttribute('resid') ?? '')).toBe(label);
      expect(res.get(all(tip, 'Description')[0]?.getAttribute('resid') ?? '')?.length).toBeGreaterThan(40);
    }
  });

  it('is rejected, with the line of each fault, when the Id is not a GUID and the permission is unknown', async () => {
    const broken = xml.replace(/<Id>[^<]*<\/Id>/, '<Id>rag-tracker</Id>').replace('<Permissions>ReadWriteDocument<', '<Permissions>ReadWriteEverything<');
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.line)).toEqual([lineOf(broken, '<Id>'), lineOf(broken, '<Permissions>')]);
    expect(result.errors[0]?.message).toMatch(/Id.*rag-tracker/);
    expect(result.errors[1]?.message).toMatch(/Permissions.*ReadWriteEverything/);
  });

  it('is rejected when an element is misspelt or the XML is not well-formed', async () => {
    const misspelt = await validateManifest(xml.replace('<ProviderName>', '<Provider>').replace('</ProviderName>', '</Provider>'));
    expect(misspelt.valid).toBe(false);
    const truncated = await validateManifest(xml.slice(0, xml.indexOf('</VersionOverrides>')));
    expect(truncated.valid).toBe(false);
    expect(truncated.errors.length).toBeGreaterThan(0);
  });
});
