import { Work } from '../../../src/core/chunks';
import { summaryModel, summarySheetPlan, type SummaryTable } from '../../../src/core/summary';
import { Grid } from '../../../src/core/summary/grid';
import { SUMMARY_STYLES } from '../../../src/core/summary/styles';
import { fontScale, measuredLines } from '../../../src/core/summary/measure';
import { summaryFooter } from '../../../src/core/summary/pages';
import { SEED003, SEED004 } from '../../helpers/samples';
import { analysed, SEED003_SETTINGS, SEED004_DECEMBER } from './fixtures';

const drain = (gen: Generator<unknown, void>): void => {
  for (let step = gen.next(); !step.done; step = gen.next());
};

function table(rows: number, text = 'Deploy tooling across primary care estate'): SummaryTable {
  return {
    heading: 'Exceptions',
    headers: ['Ref', 'Action'],
    empty: '',
    rows: Array.from({ length: rows }, (_, i) => ({ total: false, cells: [{ kind: 'text' as const, text: `R${i}`, value: `R${i}` }, { kind: 'text' as const, text, value: text }] })),
  };
}

describe('row heights allow for bold and capital text (rv6-d print review)', () => {
  it('gives a bold objective total in capitals the lines it wraps to, where a character count gave too few', () => {
    const text = 'PORTFOLIO 2 – SHARED CARE RECORD & INTEROPERABILITY';
    // A character count (the estimate this replaced) said 3 lines in a 20-character column; bold capitals take 4.
    expect(measuredLines(text, 20, fontScale({ bold: true }))).toBe(4);
    const grid = new Grid([20, 40]);
    drain(grid.table({ heading: 'T', headers: ['Objective', 'Programme'], empty: '', rows: [{ total: true, cells: [{ kind: 'text', text, value: text }, { kind: 'text', text: 'Objective total', value: 'Objective total' }] }] }, [1, 1], new Work(Infinity)));
    expect(grid.heights[1]).toBeGreaterThanOrEqual(4 * 15);
  });

  it('still counts short running text as one line, and wider text (capitals, larger sizes) as more', () => {
    expect(measuredLines('Cyber security', 20)).toBe(1);
    expect(measuredLines('m'.repeat(30), 20)).toBeGreaterThan(measuredLines('i'.repeat(30), 20));
    expect(measuredLines('ABCDEFGHIJ KLMNOPQRST', 20)).toBeGreaterThan(measuredLines('abcdefghij klmnopqrst', 20));
    expect(measuredLines('x'.repeat(40), 20, fontScale({ size: 22 }))).toBeGreaterThan(measuredLines('x'.repeat(40), 20));
    expect(measuredLines('first\nsecond', 40)).toBe(2);
  });
});

describe('printed pages: every page a table runs onto starts with its header row', () => {
  it('breaks a long table into pages, each starting with the header row again', () => {
    const grid = new Grid([10, 60], { room: 300, titleRows: 1 });
    grid.line('Title', 'title', 21);
    grid.keepWithNext();
    grid.line('Exceptions', 'heading', 18);
    drain(grid.table(table(60), [1, 1], new Work(Infinity)));
    expect(grid.breaks.length).toBeGreaterThan(1);
    for (const b of grid.breaks) expect(grid.rows[b]?.map((c) => c.value)).toEqual(['Ref', 'Action']);
    // Every data row is still there once, in order.
    const refs = grid.rows.map((r) => r[0]?.value).filter((v) => typeof v === 'string' && /^R\d+$/.test(v));
    expect(refs).toEqual(Array.from({ length: 60 }, (_, i) => `R${i}`));
    // No page holds more than the room (title rows aside).
    const starts = [2, ...grid.breaks, grid.rows.length];
    for (let p = 0; p + 1 < starts.length; p++) {
      const h = grid.heights.slice(starts[p], starts[p + 1]).reduce<number>((a, b) => a + (b ?? 15), 0);
      expect(h).toBeLessThanOrEqual(300 - 21);
    }
  });

  it('moves a section heading to the next page with its table rather than leave it alone at the foot of a page', () => {
    const grid = new Grid([10, 60], { room: 200, titleRows: 1 });
    grid.line('Title', 'title', 21);
    for (let i = 0; i < 10; i++) grid.line(`Note ${i}`, 'note');
    grid.blank();
    grid.keepWithNext();
    grid.line('Exceptions', 'heading', 18);
    drain(grid.table(table(5), [1, 1], new Work(Infinity)));
    expect(grid.breaks).toEqual([12]);
    expect(grid.rows[12]?.[0]?.value).toBe('Exceptions');
  });

  it('plans a summary sheet whose breaks each open on a header row or a section heading', async () => {
    const { trackers } = await analysed(SEED004, SEED004_DECEMBER);
    const plan = summarySheetPlan(summaryModel(trackers, SEED004_DECEMBER));
    expect(plan.pageBreaks.length).toBeGreaterThan(0);
    for (const b of plan.pageBreaks) expect(['header', 'heading', 'note']).toContain(plan.rows[b]?.[0]?.style);
  });
});

describe('rows taller than a line', () => {
  // A row measured as two lines or more but styled to run on one line prints clipped in Excel and, in
  // LibreOffice, runs past the merged cells and shrinks the whole printed page to fit it.
  it.each([SEED004, SEED003])('wrap their text in %s\'s summary sheet', async (file) => {
    const settings = file === SEED003 ? SEED003_SETTINGS : SEED004_DECEMBER;
    const { trackers } = await analysed(file, settings);
    const plan = summarySheetPlan(summaryModel(trackers, settings));
    const unwrapped = plan.rows.flatMap((row, r) =>
      (plan.heights[r] ?? 0) >= 30 && typeof row[0]?.value === 'string' && SUMMARY_STYLES[row[0]?.style ?? '']?.wrap !== true ? [[r + 1, row[0]?.style]] : [],
    );
    expect(unwrapped).toEqual([]);
  });
});

describe('the printed footer', () => {
  it('says the title and as-at date on the left, with ampersands doubled, and the page of pages on the right', () => {
    expect(summaryFooter('RAG Summary: Data & Digital', 'As at 16 Dec 2024 (2024-25 Q3)')).toEqual({ left: 'RAG Summary: Data && Digital · As at 16 Dec 2024 (2024-25 Q3)', right: 'Page &P of &N' });
  });

  it('shortens a long title, never the date', () => {
    const { left } = summaryFooter(`RAG Summary: ${'Long name '.repeat(30)}`, 'As at 1 Dec 2024 (2024-25 Q3)');
    expect(left.length).toBeLessThanOrEqual(120);
    expect(left.endsWith('As at 1 Dec 2024 (2024-25 Q3)')).toBe(true);
  });
});
