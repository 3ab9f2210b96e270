import ExcelJS from 'exceljs';
import { filteredTrackerBytes } from '../helpers/hidden-rows';
import { changed, cliRefresh, hostFor, refreshOn, savedFrom, savedPrints } from './helpers';

/*
 * A sheet AutoFilter (Data > Filter) over the tracker: after a refresh its drop-downs take in
 * the RAG columns on both paths, so a programme manager can filter the plan to its Red actions.
 * The add-in widens it with AutoFilter.apply (ExcelApi 1.9), read in the first round trip and
 * written in the second; a filter with criteria set is left alone there (see REQUIREMENTS.md).
 */

async function opened(criteria: boolean): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(filteredTrackerBytes({ criteria }) as unknown as ExcelJS.Buffer);
  return wb;
}

const filterName = (wb: ExcelJS.Workbook): string[] => wb.definedNames.getRanges('_xlnm._FilterDatabase').ranges;

describe('a sheet AutoFilter over the tracker, in the add-in', () => {
  it('is widened over the output columns in the two round trips of a desktop refresh', async () => {
    const host = await hostFor(await opened(false));
    await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheets[0]?.autoFilter).toEqual({ range: { top: 0, left: 0, bottom: 4, right: 9 }, criteria: new Map(), unreadCriteria: false });
    const saved = await savedFrom(host);
    expect(saved.getWorksheet('Action plan')?.autoFilter).toBe('A1:J5');
    expect(filterName(saved)).toEqual(["'Action plan'!$A$1:$J$5"]);
  });

  it('is left alone, criteria and all, when the user has filtered it', async () => {
    const host = await hostFor(await opened(false));
    const sheet = host.workbook.sheets[0]!;
    sheet.autoFilter = { range: { top: 0, left: 0, bottom: 4, right: 4 }, criteria: new Map([[4, { filterOn: 'Values', values: ['Delayed'] }]]), unreadCriteria: false };
    await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    expect(sheet.autoFilter.range).toEqual({ top: 0, left: 0, bottom: 4, right: 4 });
    expect([...sheet.autoFilter.criteria.keys()]).toEqual([4]);
    expect(sheet.changes.autoFilter).toBe(false);
  });

  it('is neither read nor written below ExcelApi 1.9, and the refresh still takes two round trips', async () => {
    const host = await hostFor(await opened(false), { apiVersion: '1.8' });
    await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheets[0]?.autoFilter?.range).toEqual({ top: 0, left: 0, bottom: 4, right: 4 });
  });
});

describe('a sheet AutoFilter over the tracker, on both paths', () => {
  it('is saved with the same range and defined name by the command line and the add-in, desktop and web', async () => {
    const wb = await opened(false);
    const { saved } = await cliRefresh(wb);
    expect(saved.getWorksheet('Action plan')?.autoFilter).toBe('A1:J5');
    for (const platform of ['desktop', 'web'] as const) {
      const host = await hostFor(wb, { platform });
      await refreshOn(host);
      const mine = await savedFrom(host);
      expect({ platform, filter: mine.getWorksheet('Action plan')?.autoFilter, name: filterName(mine) }).toEqual({ platform, filter: 'A1:J5', name: filterName(saved) });
      expect({ platform, differences: changed(savedPrints(saved), savedPrints(mine)) }).toEqual({ platform, differences: [] });
    }
  });

  it('differs, as documented, for a filter with criteria set: the command line widens it keeping them, the add-in leaves it', async () => {
    const wb = await opened(true);
    const { saved } = await cliRefresh(wb);
    expect(saved.getWorksheet('Action plan')?.autoFilter).toBe('A1:J5');
    const host = await hostFor(wb);
    await refreshOn(host);
    expect((await savedFrom(host)).getWorksheet('Action plan')?.autoFilter).toBe('A1:E5');
  });
});
