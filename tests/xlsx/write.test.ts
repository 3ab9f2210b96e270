import ExcelJS from 'exceljs';
import { isOwnRuleFormula, planOutput } from '../../src/core/output';
import { defaultSettings } from '../../src/core/settings';
import { gridsFromWorkbook } from '../../src/xlsx/read';
import { DATE_FORMAT, applyPlan } from '../../src/xlsx/write';
import { smallTracker } from '../core/output/fixtures';
import { roundTrip, trackerWorkbook } from './helpers';

const settings = { ...defaultSettings('2023-01-03'), nextMeeting: { date: '2023-01-12', name: 'ELG December 22' } };
const plan = planOutput(smallTracker(), settings);
const planned = new Set(plan.cells.map((c) => `${c.row}:${c.col + 1}`));

/** Every cell the plan does not own, with its value, style and note, as JSON. */
function userCells(wb: ExcelJS.Workbook): string {
  const ws = wb.getWorksheet('Action plan');
  const out: unknown[] = [];
  ws?.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (!planned.has(`${r}:${c}`)) out.push([cell.address, cell.type, cell.value, cell.style, cell.note ?? null]);
    });
  });
  return JSON.stringify(out);
}

interface Format {
  ref: string;
  rules: { formulae?: string[]; priority: number }[];
}
function formats(wb: ExcelJS.Workbook): Format[] {
  return (wb.getWorksheet('Action plan') as unknown as { conditionalFormattings: Format[] }).conditionalFormattings;
}
function ownRules(wb: ExcelJS.Workbook): Format['rules'] {
  return formats(wb).flatMap((f) => f.rules.filter((r) => (r.formulae ?? []).some(isOwnRuleFormula)));
}

describe('applyPlan', () => {
  it('writes the output columns: bold headers, the words, real date cells, the trend', async () => {
    const wb = await roundTrip(trackerWorkbook());
    applyPlan(wb, plan);
    const ws = wb.getWorksheet('Action plan');
    expect(['G3', 'H3', 'I3', 'J3', 'K3'].map((a) => [ws?.getCell(a).value, ws?.getCell(a).font?.bold])).toEqual([
      ['RAG', true],
      ['RAG reason', true],
      ['Meeting focus', true],
      ['Next due', true],
      ['Trend', true],
    ]);
    expect(ws?.getCell('G5').value).toBe('Red');
    expect(ws?.getCell('I4').value).toBe('Update due at ELG December 22');
    expect(ws?.getCell('J4').value).toEqual(new Date(Date.UTC(2022, 10, 30)));
    expect(ws?.getCell('J4').numFmt).toBe(DATE_FORMAT);
    expect(ws?.getCell('K7').value).toBe('●');
    expect(ws?.getCell('G3').note).toBe(plan.legend);
    const grid = gridsFromWorkbook(await roundTrip(wb))[0];
    expect(grid?.rows[3]?.slice(6)).toEqual(['Red', 'Step 2 "Review of other models" was due 30 Nov 2022, 34 days overdue.', 'Update due at ELG December 22', { kind: 'date', iso: '2022-11-30' }, '▼']);
    expect(grid?.rows[6]?.slice(6)).toEqual(['Complete', 'Completed.', 'Complete', null, '●']);
  });

  it('changes no other cell\'s value or style, through saves and repeated refreshes', async () => {
    const wb = await roundTrip(trackerWorkbook());
    const before = userCells(wb);
    applyPlan(wb, plan);
    expect(userCells(wb)).toBe(before);
    const again = await roundTrip(wb);
    applyPlan(again, plan);
    expect(userCells(await roundTrip(again))).toBe(before);
  });

  it('never writes through a merged group heading that spans the output columns', async () => {
    const wb = await roundTrip(trackerWorkbook());
    applyPlan(wb, plan);
    expect(wb.getWorksheet('Action plan')?.getCell('A6').value).toBe('Commitment');
  });

  it('keeps one set of its colour rules after applying twice, after the user\'s own rule', async () => {
    const wb = await roundTrip(trackerWorkbook());
    applyPlan(wb, plan);
    applyPlan(wb, plan);
    const reopened = await roundTrip(wb);
    applyPlan(reopened, plan);
    const saved = await roundTrip(reopened);
    expect(ownRules(saved).map((r) => r.priority)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const user = formats(saved).filter((f) => f.rules.some((r) => !(r.formulae ?? []).some(isOwnRuleFormula)));
    expect(user.map((f) => [f.ref, f.rules.map((r) => [r.formulae, r.priority])])).toEqual([['F4:F7', [[['ISNUMBER(SEARCH("delayed",$F4))'], 1]]]]);
    expect(formats(saved).map((f) => f.ref)).toEqual(['F4:F7', 'G4:G7', 'A4:K7']);
  });

  it('writes a colour fill and readable text in each RAG rule', async () => {
    const wb = await roundTrip(trackerWorkbook());
    applyPlan(wb, plan);
    const red = ownRules(await roundTrip(wb))[3] as unknown as { formulae: string[]; style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string }; bold: boolean } } };
    expect(red.formulae).toEqual(['AND($G4="Red",N("RAG Tracker")=0)']);
    expect(red.style.fill.bgColor.argb).toBe('FFC00000');
    expect(red.style.font).toMatchObject({ color: { argb: 'FFFFFFFF' }, bold: true });
  });

  it('writes text that looks like a formula as text', async () => {
    const tracker = smallTracker();
    tracker.actions = tracker.actions.map((a) => ({ ...a, reason: '=HYPERLINK("http://example.org","Update")' }));
    const wb = await roundTrip(trackerWorkbook());
    applyPlan(wb, planOutput(tracker, settings));
    const cell = (await roundTrip(wb)).getWorksheet('Action plan')?.getCell('H4');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=HYPERLINK("http://example.org","Update")');
  });

  it('empties a rating left on a row that is no longer an action', async () => {
    const wb = await roundTrip(trackerWorkbook());
    applyPlan(wb, plan);
    const tracker = smallTracker();
    tracker.actions = tracker.actions.slice(1);
    applyPlan(wb, planOutput(tracker, settings));
    const ws = wb.getWorksheet('Action plan');
    expect(['G4', 'H4', 'I4', 'J4', 'K4', 'G5'].map((a) => ws?.getCell(a).value)).toEqual([null, null, null, null, null, null]);
    expect(ws?.getCell('G7').value).toBe('Complete');
  });

  it('says which sheet is missing', () => {
    expect(() => applyPlan(new ExcelJS.Workbook(), plan)).toThrow('The workbook has no sheet named "Action plan".');
  });
});
