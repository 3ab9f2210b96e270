import { isBlueCell, withBlueCells } from '../../../src/core/analyse/blueCells';
import { NO_FLAGS } from '../../../src/core/analyse/flagColumns';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

/*
 * A PSII safety action plan (and many a council plan) rates on a BRAG scale under a plain "RAG"
 * header: the scale shows only in the cells, where finished work is "B". There a lead's Amber or
 * Green beside an update that reads complete ("Alert live on all wards from 02/11.") says the
 * action goes on, as under a "BRAG" header; rated Complete, it would drop out of the oversight
 * group's exceptions while still open. A plain RAG column with no Blue keeps the old reading:
 * Green is the best a lead can give finished work there.
 */

const HEADER = ['Safety action no.', 'Safety action', 'Owner', 'Due by', 'Update', 'RAG'];

function rated(rows: CellValue[][], header = HEADER) {
  const grid = { name: 'Safety Action Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseWorkbook([grid], defaultSettings('2026-12-07')).trackers[0];
  return { actions: (tracker?.actions ?? []).map((a) => [a.ref, a.rating]), codes: (tracker?.issues ?? []).map((i) => `${i.cell} ${i.code}`) };
}

const ALERT = ['1.1', 'Implement e-obs escalation alert', 'Digital Nurse Lead', 'Oct 2026', 'Alert live on all wards from 02/11.', 'A'];
const SNCT = ['3.1', 'Review Ward 7 establishment against SNCT', 'Head of Nursing', 'Q3 2026/27', 'SNCT review complete; establishment agreed at Dec N&M Board.', 'G'];
const LEAFLET = ['4.2', 'Share learning via the Learning Bulletin', 'PSL', 'Aug 2026', 'Published in Sept Learning Bulletin.', 'B'];

describe('a "RAG" column whose cells use Blue for complete', () => {
  it('is a BRAG scale: Amber or Green beside an update that reads complete holds the action open', () => {
    const { actions, codes } = rated([ALERT, SNCT, LEAFLET]);
    expect(actions).toEqual([
      ['1.1', 'red'],
      ['3.1', 'green'],
      ['4.2', 'complete'],
    ]);
    expect(codes).toContain('E2 status_conflict');
  });

  it('rates as a "BRAG" header does', () => {
    expect(rated([ALERT, SNCT, LEAFLET], HEADER.map((h) => (h === 'RAG' ? 'BRAG' : h))).actions).toEqual(rated([ALERT, SNCT, LEAFLET]).actions);
  });

  it('reads "Blue" written out as Blue too', () => {
    expect(rated([ALERT, [...LEAFLET.slice(0, 5), 'Blue']]).actions).toEqual([
      ['1.1', 'red'],
      ['4.2', 'complete'],
    ]);
  });

  it('without a Blue anywhere is a plain RAG scale: the completion stands', () => {
    expect(rated([ALERT, SNCT]).actions).toEqual([
      ['1.1', 'complete'],
      ['3.1', 'complete'],
    ]);
  });
});

describe('isBlueCell and withBlueCells', () => {
  it('take only a whole cell of Blue', () => {
    expect(['B', ' b ', 'Blue', 'blue.'].map(isBlueCell)).toEqual([true, true, true, true]);
    expect(['B3', 'Blue badge', 'Bl', 'G', null, 1].map((v) => isBlueCell(v as CellValue))).toEqual([false, false, false, false, false, false]);
  });

  it('look only in the explicit status columns, and only at the rows given', () => {
    const rows: CellValue[][] = [['Ref', 'Action', 'RAG'], ['B', 'Leaflet', 'G'], ['2', 'Audit', 'B']];
    expect(withBlueCells({ ...NO_FLAGS, cols: [2] }, rows, 1, 2).blueScale).toBe(true);
    expect(withBlueCells({ ...NO_FLAGS, cols: [2] }, rows, 1, 1).blueScale).toBe(false);
    expect(withBlueCells({ ...NO_FLAGS, cols: [] }, rows, 1, 2).blueScale).toBe(false);
  });
});
