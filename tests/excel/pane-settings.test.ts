import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet, type MemoryCell } from '../../src/host/memory/model';
import { runnerFor } from '../../src/host/memory/runner';
import { readHeaderRow } from '../../src/excel/pane-settings';

/*
 * The Columns view's header row: the product's own columns are left out, as the engine leaves
 * them out, but a lead's own "RAG" column is theirs and stays listed.
 */

const text = (value: string): MemoryCell => ({ value, type: 'String', numberFormat: 'General', bold: false });

function plan(header: readonly string[]): MemoryExcelHost {
  const sheet = newSheet('Action plan');
  sheet.rows = [header.map(text), header.map(() => text('x'))];
  return new MemoryExcelHost({ sheets: [sheet], date1904: false });
}

describe('readHeaderRow', () => {
  it("lists a lead's own RAG column and leaves out the product's RAG columns written beside it", async () => {
    const h = plan(['Ref', 'Action', 'Lead', 'Status', 'RAG', 'RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend']);
    const cells = await readHeaderRow(runnerFor(h), 'Action plan', 1);
    expect(cells.map((c) => `${c.letter}: ${c.text}`)).toEqual(['A: Ref', 'B: Action', 'C: Lead', 'D: Status', 'E: RAG']);
  });

  it("lists a lone RAG column before the first refresh: it is the lead's rating, not the product's", async () => {
    const h = plan(['Ref', 'Action', 'Lead', 'RAG']);
    const cells = await readHeaderRow(runnerFor(h), 'Action plan', 1);
    expect(cells.map((c) => c.text)).toEqual(['Ref', 'Action', 'Lead', 'RAG']);
  });
});
