import JSZip from 'jszip';
import { defaultSettings } from '../../src/core/settings';
import { summaryModel } from '../../src/core/summary';
import { summaryDocx } from '../../src/export';
import { numbered, tracker } from '../core/history/fixtures';
import { readDocx } from './docx-reader';
import { plainModel } from './fixtures';

/*
 * Read on paper, "Progres s %", "Confidenc e %", "Ambe r" and "Complet e" (words broken across
 * lines in too narrow a column) look like errors. Each column of figures or ratings is made wide
 * enough for the longest word of its header and of its cells, and every page has a footer.
 */

/** Landscape A4 with half-inch margins: 15398 twips of text width, in points. */
const TEXT_POINTS = 15398 / 20;
/** 8 pt bold text set in a wide sans (DejaVu Sans, LibreOffice's stand-in for Arial): about 5.6 pt a character, plus the cell's 6 pt margins. */
const needs = (word: string) => word.length * 5.6 + 6;

const rollup = () =>
  summaryModel([tracker('Plan A', [numbered('1', 'red', { objective: 'Be collaborative', ambition: 'Lead care collaboratives', strategy: 'Clinical strategy' }), numbered('2', 'complete', { objective: 'Be collaborative' })]), tracker('Plan B', [numbered('3', 'amber')])], defaultSettings('2024-11-20'), [], { workbooks: ['Green Plan', 'QSC log'] });

/** Each table's columns: the header words, the longest word of its figure or rating cells, and its share of the page. */
async function columns(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const { tables } = await readDocx(bytes);
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).flatMap((tbl, t) => {
    const first = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(tbl)?.[0] ?? '';
    // Word keeps percentages in fiftieths.
    const pct = [...first.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 50);
    const rows = tables[t]?.rows ?? [];
    return pct.map((p, c) => ({ header: rows[0]?.[c]?.text ?? '', cells: rows.slice(1).map((r) => r[c]?.text ?? ''), points: (p / 100) * TEXT_POINTS }));
  });
}

const FIGURES = /^(?:Actions|Complete|Green|Amber|Red|Not rated|Progress %|Confidence %|Overall|Trend|RAG|Count|Severity|Completed since)$/;
const longest = (texts: string[]) => texts.flatMap((t) => t.split(/\s+/)).reduce((a, w) => (w.length > a.length ? w : a), '');

describe('the Word tables', () => {
  it.each([['one tracker', plainModel], ['a roll-up with a Source column, ambitions and strategies', rollup]])(
    'give every figure and rating column room for its longest word (%s)',
    async (_name, model) => {
      const cols = (await columns(await summaryDocx(model()))).filter((c) => FIGURES.test(c.header));
      expect(cols.length).toBeGreaterThan(5);
      for (const c of cols) {
        const word = longest([c.header, ...c.cells]);
        expect({ header: c.header, word, fits: c.points >= needs(word) }).toEqual({ header: c.header, word, fits: true });
      }
    },
  );
});

describe('the Word footer', () => {
  it('names the paper and its as-at date, and numbers the pages "Page n of m"', async () => {
    const zip = await JSZip.loadAsync(await summaryDocx(plainModel()));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    const xml = (await zip.file(footers[0] ?? '')?.async('string')) ?? '';
    const words = (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:instrText[^>]*>[^<]*<\/w:instrText>/g) ?? []).map((r) => r.replace(/<[^>]+>/g, '')).join('');
    expect(words).toContain('RAG Summary: Action Plan');
    expect(words).toMatch(/as at 15 Dec 2022/i);
    expect(words).toMatch(/Page\s*PAGE\s*of\s*NUMPAGES/);
  });
});
