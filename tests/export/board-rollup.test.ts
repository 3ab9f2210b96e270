import { defaultSettings } from '../../src/core/settings';
import { summaryModel } from '../../src/core/summary';
import { summaryCsv, summaryDocx, summaryMarkdown } from '../../src/export';
import { numbered, tracker } from '../core/history/fixtures';
import { readDocx } from './docx-reader';
import { plainModel } from './fixtures';

/* What every export carries since the rv6-d review: Overall's meaning, a roll-up's trackers, widths that fit any page. */

const rollup = () =>
  summaryModel([tracker('Plan A', [numbered('1', 'red')]), tracker('Plan B', [numbered('2', 'green')])], defaultSettings('2024-11-20'), [], {
    workbooks: ['Green Plan', 'QSC log'],
    rated: [{ asOf: '2024-11-20', nextMeeting: { date: '2024-11-27', name: 'Board' } }, { asOf: '2024-11-20', nextMeeting: { date: '2024-12-19', name: 'QSC' } }],
  });

describe('the board exports after the rv6-d review', () => {
  it('carry what Overall means in the CSV, Markdown and .docx', async () => {
    const overall = 'Overall is the worst rating in the group';
    expect(summaryCsv(plainModel())).toContain(`\r\nNotes\r\n`);
    expect(summaryCsv(plainModel())).toContain(overall);
    expect(summaryMarkdown(plainModel())).toContain(`- ${overall}`);
    expect((await readDocx(await summaryDocx(plainModel()))).paragraphs.some((p) => p.startsWith(overall))).toBe(true);
  });

  it("put a roll-up's Trackers included first, in every format", async () => {
    const model = rollup();
    const md = summaryMarkdown(model);
    expect(md.indexOf('## Trackers included')).toBeLessThan(md.indexOf('## Key'));
    expect(md).toContain('| Green Plan | 20 Nov 2024 | Board, 27 Nov 2024 |');
    expect(summaryCsv(model, { bom: false }).split('\r\n')[1]).toBe('Trackers included');
    const { tables } = await readDocx(await summaryDocx(model));
    expect(tables[0]?.rows.map((r) => r[2]?.text)).toEqual(['Next meeting', 'Board, 27 Nov 2024', 'QSC, 19 Dec 2024']);
  });

  it('size Word tables in percent of the page, so they fit a portrait template as well as landscape', async () => {
    const { xml } = await readDocx(await summaryDocx(plainModel()));
    expect(xml).toMatch(/<w:tblW w:type="pct" w:w="5000"\/>/); // fiftieths of a percent: the whole text width
    expect(xml).not.toMatch(/<w:tcW w:type="dxa"/);
  });
});
