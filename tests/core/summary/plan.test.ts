import { RATING_SWATCHES } from '../../../src/core/output';
import { planFormats, SUMMARY_STYLES, summaryModel, summarySheetPlan, type SummarySheetPlan } from '../../../src/core/summary';
import { SEED003, SEED004 } from '../../helpers/samples';
import { analysed, SEED003_SETTINGS, SEED004_DECEMBER } from './fixtures';

async function seed003Plan(sheets?: string[]): Promise<SummarySheetPlan> {
  const { trackers } = await analysed(SEED003, SEED003_SETTINGS, sheets);
  return summarySheetPlan(summaryModel(trackers, SEED003_SETTINGS));
}

const column = (plan: SummarySheetPlan, col: number) => plan.rows.map((r) => r[col]?.value ?? null);
const rowOf = (plan: SummarySheetPlan, text: string) => plan.rows.findIndex((r) => r[0]?.value === text);

describe('the RAG Summary sheet plan (SPEC 6): the sections in order, as data both adapters apply', () => {
  it('starts with the title, the as-at date and quarter, the next meeting and the trend line', async () => {
    const plan = await seed003Plan(['Table One']);
    expect(column(plan, 0).slice(0, 4)).toEqual(['RAG Summary: Table One – High-level Action Progress Summary', 'As at 30 Sep 2023 (2023-24 Q2)', 'Next meeting: Board March 2024, 28 Mar 2024', 'Completed since the last meeting: not counted (no earlier snapshot is stored).']);
    expect(plan.merges[0]).toEqual({ top: 0, left: 0, bottom: 0, right: 12 });
    expect(plan.rows[0]?.[0]?.style).toBe('title');
  });

  it('puts the key, Table One, exceptions, due at the next meeting and data quality in the order of SPEC 6', async () => {
    const plan = await seed003Plan(['Table One']);
    const headings = ['Key', 'Table One – High-level action progress summary', 'Exceptions: Red and Amber actions', 'Due at Board March 2024', 'Data quality'].map((h) => rowOf(plan, h));
    expect(headings.every((row) => row > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    // Table One's group columns are headed as the seed's own Table One heads them, as its board paper does.
    // Changed on purpose: a Table One of given figures counts no actions, so the ambition spans the count columns (rv6-d finding 3).
    expect(plan.rows[(headings[1] ?? 0) + 1]?.map((c) => c.value)).toEqual(['Strategic objectives', 'It is our ambition that by 2026:', null, null, null, null, null, null, 'Progress %', 'Confidence %', 'Overall', 'Trend', 'Supporting strategy']);
  });

  it('writes progress and confidence as fractions with a whole-percent format, and the rating as its word', async () => {
    const plan = await seed003Plan(['Table One']);
    const second = plan.rows[rowOf(plan, 'Table One – High-level action progress summary') + 3] ?? [];
    // Changed on purpose: no "1 action, 1 Amber" beside the given 100% progress (rv6-d finding 3); the ambition spans those columns.
    expect(second.map((c) => c.value)).toEqual([null, '2. Our services are innovative and drive improvements in outcomes for people', null, null, null, null, null, null, 1, 0.75, 'Amber', null, 'People, Quality, Digital']);
    expect(second[9]?.style).toBe('percent');
    expect(SUMMARY_STYLES.percent?.numFmt).toBe('0%');
    expect(second[10]?.style).toBe('rating-amber');
  });

  it('fills rating words with the same colours as the RAG column, word and colour together', () => {
    for (const [rating, swatch] of Object.entries(RATING_SWATCHES)) {
      expect(SUMMARY_STYLES[`rating-${rating}`]).toMatchObject({ fill: swatch.fill, bold: true });
    }
  });

  it('shows totals bold on a grey fill', async () => {
    const plan = await seed003Plan(['Table One']);
    const total = plan.rows.find((r) => r[0]?.value === 'Total');
    // Changed on purpose: the empty Ambition cell of the total spans the count columns left out of a given Table One (rv6-d finding 3).
    expect(total?.map((c) => c.style)).toEqual(['total-text', ...Array(7).fill('total-text'), 'total-percent', 'total-percent', 'rating-amber', 'total-trend', 'total-text']);
    expect(SUMMARY_STYLES['total-text']).toMatchObject({ bold: true, fill: 'F2F2F2' });
  });

  it('is laid out for printing: landscape A4, one page wide, the title rows repeated, no gridlines', async () => {
    expect((await seed003Plan(['Table One'])).page).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 1, last: 2 },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      showGridLines: false,
      // Changed on purpose: every printed page now carries a footer with the title, as-at date and page number (rv6-d review).
      footer: { left: 'RAG Summary: Table One – High-level Action Progress Summary · As at 30 Sep 2023 (2023-24 Q2)', right: 'Page &P of &N' },
    });
  });

  it('is rectangular, its merges never overlap, and its formats cover every styled cell exactly once', async () => {
    const plan = await seed003Plan();
    expect(plan.rows.every((r) => r.length === plan.widths.length)).toBe(true);
    const covered = new Map<string, string>();
    for (const { range, style } of plan.formats) {
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) {
        expect(covered.has(`${r},${c}`)).toBe(false);
        covered.set(`${r},${c}`, style);
      }
    }
    plan.rows.forEach((cells, r) => cells.forEach((cell, c) => expect(covered.get(`${r},${c}`) ?? null).toBe(cell.style)));
    const merged = new Set<string>();
    for (const m of plan.merges) for (let c = m.left; c <= m.right; c++) {
      expect(merged.has(`${m.top},${c}`)).toBe(false);
      merged.add(`${m.top},${c}`);
    }
    expect(plan.formats.length).toBeLessThan(covered.size / 3);
  });

  it('adds a Sheet column first when the workbook holds several trackers', async () => {
    const plan = await seed003Plan();
    expect(plan.widths).toHaveLength(14);
    expect(plan.rows[rowOf(plan, 'Table One – High-level action progress summary') + 1]?.[0]?.value).toBe('Sheet');
  });

  it('makes rows tall enough for long, wrapped text, since Excel will not for merged cells', async () => {
    const { trackers } = await analysed(SEED004, SEED004_DECEMBER);
    const plan = summarySheetPlan(summaryModel(trackers, SEED004_DECEMBER));
    const rec12 = plan.rows.findIndex((r) => r[0]?.value === '12');
    expect(plan.heights[rec12]).toBeGreaterThanOrEqual(8 * 15);
    expect(plan.heights[rowOf(plan, 'Key')]).toBe(18);
  });
});

describe('planFormats: styles by range, not by cell', () => {
  it('joins a run along a row and stacks identical runs down the rows', () => {
    const cell = (style: string | null) => ({ value: null, style });
    expect(planFormats([[cell('a'), cell('a'), cell('b')], [cell('a'), cell('a'), cell(null)], [cell('a'), cell('b'), cell('b')]])).toEqual([
      { range: { top: 0, left: 0, bottom: 1, right: 1 }, style: 'a' },
      { range: { top: 0, left: 2, bottom: 0, right: 2 }, style: 'b' },
      { range: { top: 2, left: 0, bottom: 2, right: 0 }, style: 'a' },
      { range: { top: 2, left: 1, bottom: 2, right: 2 }, style: 'b' },
    ]);
  });
});
