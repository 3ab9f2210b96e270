import { numberCell, textOf } from '../../../src/core/analyse/cells';
import { extraStatus } from '../../../src/core/analyse/extraStatus';
import { IssueSink } from '../../../src/core/analyse/issues';
import { createParsers } from '../../../src/core/analyse/parsers';
import { ActionReader } from '../../../src/core/detect/rows';
import { defaultSettings } from '../../../src/core/settings';
import { stripMarkup } from '../../../src/core/steps';
import type { CellValue, ColumnMap } from '../../../src/core/types';

const COLUMNS: ColumnMap = { action: 0, lead: 1, status: 2, confidence: 3 };

/** The actions of rows under a header, with one extra status column (E). */
function actions(rows: CellValue[][]) {
  const all = [['Action', 'Lead', 'Update', 'Confidence', 'Open/Closed'], ...rows];
  const reader = new ActionReader(all, { columns: COLUMNS, extraStatus: [4], headerIndex: 0, lastIndex: all.length - 1, skip: new Set() });
  const out = [];
  for (let a = reader.next(); a !== null; a = reader.next()) out.push(a);
  return out;
}

describe("an action's single-valued cells, from its row or from its rows", () => {
  const [one, spread] = actions([
    ['<b>Publish</b> the plan', 'Ann', 'On track', '80%', 'Closed'],
    ['Recruit a lead', 'Bo &amp;', 'Delayed', ' 75 ', null],
    [null, 'Cy', null, null, 'Closed'],
  ]);

  it('textOf reads a one-row action\'s cell, and joins the cells of an action over several rows', () => {
    expect(one && textOf(one, one.roles.action, one.at(one.roles.action), stripMarkup)).toBe('Publish the plan');
    expect(spread && textOf(spread, spread.roles.lead, spread.at(spread.roles.lead), stripMarkup)).toBe('Bo & Cy');
    expect(one && textOf(one, -1, one.at(-1), stripMarkup)).toBeNull();
  });

  it('textOf says a lead typed on every row of the action once', () => {
    const [merged] = actions([
      ['Recruit a lead', 'Ann', 'Delayed', null, null],
      [null, 'Ann', 'Interviews booked', null, null],
      [null, 'Ann', null, null, 'Closed'],
    ]);
    expect(merged && textOf(merged, merged.roles.lead, merged.at(merged.roles.lead), stripMarkup)).toBe('Ann');
  });

  it('numberCell reads the first cell, and reports a number stored as text on its own row', () => {
    const sink = new IssueSink('Plan', COLUMNS);
    expect(one && numberCell(one, 'confidence', one.at(one.roles.confidence), sink)).toBe(0.8);
    expect(spread && numberCell(spread, 'confidence', spread.at(spread.roles.confidence), sink)).toBe(0.75);
    // " 75 " as text is reported (SPEC 9); "80%" as text is not: its meaning is plain, and a
    // Table One pasted from a board paper holds its percentages so in every cell.
    expect(sink.issues.map((i) => [i.code, i.cell])).toEqual([['number_as_text', 'D3']]);
  });

  it('numberCell does not report words a confidence column may hold, nor a real number', () => {
    const sink = new IssueSink('Plan', COLUMNS);
    const [high, real] = actions([['Agree the plan', 'Ann', 'On track', 'High', null], ['Recruit', 'Bo', 'On track', 0.6, null]]);
    expect(high && numberCell(high, 'confidence', high.at(high.roles.confidence), sink)).not.toBeNull();
    expect(real && numberCell(real, 'confidence', real.at(real.roles.confidence), sink)).toBe(0.6);
    expect(sink.issues).toEqual([]);
  });

  it('extraStatus reads an extra status column the same from a row as from the gathered cells', () => {
    const parsers = createParsers(defaultSettings('2022-11-03'));
    // closedBy: the closing flag's cell, so an update reporting the work not done can refute it (refutedClosure).
    expect(one && extraStatus(one, parsers)).toEqual({ closed: true, leadStatus: null, leadColour: null, update: null, parts: null, redated: false, closedBy: { text: 'Closed', status: 'complete', col: 4, row: 2 } });
    expect(spread && extraStatus(spread, parsers)).toEqual({ closed: true, leadStatus: null, leadColour: null, update: null, parts: null, redated: false, closedBy: { text: 'Closed', status: 'complete', col: 4, row: 4 } });
    expect(spread?.extraStatus).toEqual([[{ value: 'Closed', row: 4 }]]);
  });
});
