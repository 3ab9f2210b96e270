import { summaryModel, summarySheetPlan, summaryTables } from '../../../src/core/summary';
import { SEED004_DECEMBER, analysed } from './fixtures';
import { SEED004 } from '../../helpers/samples';

/*
 * A group with no rated actions has no progress or confidence to give. CSV, Markdown and the
 * roll-up say so with "—"; a blank cell on the sheet read as a figure lost on the way.
 */

async function withoutFigures() {
  const model = summaryModel((await analysed(SEED004, SEED004_DECEMBER)).trackers, SEED004_DECEMBER);
  return { ...model, tableOne: model.tableOne.map((r) => ({ ...r, progress: null as unknown as number, confidence: null })) };
}

describe('a Table One row with no progress or confidence', () => {
  it('shows "—" in the tables, as text', async () => {
    const t = summaryTables(await withoutFigures()).tableOne;
    const at = (h: string) => t.headers.indexOf(h);
    const row = t.rows[0]?.cells ?? [];
    for (const h of ['Progress %', 'Confidence %']) expect(row[at(h)]).toMatchObject({ text: '—', value: '—' });
  });

  it('writes "—" on the RAG Summary sheet, not a blank cell', async () => {
    const plan = summarySheetPlan(await withoutFigures());
    const header = plan.rows.findIndex((r) => r.some((c) => c.value === 'Progress %'));
    const cols = ['Progress %', 'Confidence %'].map((h) => plan.rows[header]?.findIndex((c) => c.value === h) ?? -1);
    expect(cols.map((c) => plan.rows[header + 1]?.[c]?.value)).toEqual(['—', '—']);
  });

  it('keeps a figure a number, for the percent format', async () => {
    const model = summaryModel((await analysed(SEED004, SEED004_DECEMBER)).trackers, SEED004_DECEMBER);
    const t = summaryTables(model).tableOne;
    expect(typeof t.rows[0]?.cells[t.headers.indexOf('Progress %')]?.value).toBe('number');
  });
});
