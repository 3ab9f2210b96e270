import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { buildReport } from '../../../src/core/report';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, Tracker } from '../../../src/core/types';
import { gridsFromWorkbook } from '../../../src/xlsx';
import { expectValidReport } from '../../helpers/report-schema';
import { SEED004, sampleDir } from '../../helpers/samples';

async function seed004(asOf: string, meeting: string): Promise<Tracker> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(await sampleDir(), SEED004));
  const settings = { ...defaultSettings(asOf), nextMeeting: { date: meeting, name: 'ELG December 22' } };
  const analysis = analyseWorkbook(gridsFromWorkbook(wb), settings);
  expectValidReport(buildReport(analysis, settings));
  const tracker = analysis.trackers[0];
  if (!tracker) throw new Error('no tracker found in seed 004');
  return tracker;
}

const byRef = (t: Tracker, ref: string): Action => {
  const action = t.actions.find((a) => a.ref === ref);
  if (!action) throw new Error(`no action ${ref}`);
  return action;
};

describe('seed 004: the THT Engagement Lead Group action plan (3 November update)', () => {
  it('finds the header under the title rows and all 15 recommendations, continuation rows joined', async () => {
    const t = await seed004('2022-11-03', '2022-12-15');
    expect(t.headerRow).toBe(8);
    expect(t.actions.map((a) => a.ref)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(byRef(t, '5').action).toMatch(/signed off by the Board and includes information on how people will be engaged/);
    expect(byRef(t, '5').lead).toBe('Lifecourse workstream leads (& THT Programme Manager & Engagement Manager)');
    expect(byRef(t, '9').action).toMatch(/to involve Tower Hamlets residents/);
  });

  it('reads each recommendation’s steps with their own time frame and status', async () => {
    const t = await seed004('2022-11-03', '2022-12-15');
    expect(byRef(t, '1').steps.map((s) => [s.timeframe.end, s.status])).toEqual([
      ['2022-11-30', 'complete'],
      ['2022-12-31', 'on_track'],
      ['2022-12-31', 'on_track'],
      ['2023-02-28', 'unknown'],
    ]);
    expect(byRef(t, '2').steps.map((s) => [s.text, s.timeframe.end, s.status])).toEqual([
      ['Draft and circulate Job Description', '2022-10-31', 'complete'],
      ['Review and design recruitment process', '2022-11-15', 'complete'],
      ['Open recruitment and share through local networks and contacts', '2022-12-15', 'unknown'],
      ['Interviews', '2023-01-05', 'unknown'],
    ]);
    expect(byRef(t, '5').steps).toHaveLength(3);
    expect(byRef(t, '9').steps.map((s) => s.timeframe.end)).toEqual(['2023-01-31', '2023-03-15', '2023-03-31', '2023-03-31']);
  });

  it('rates "Completed" and "Done" steps Complete, whatever their dates', async () => {
    const t = await seed004('2023-03-01', '2023-03-15');
    const steps = t.actions.flatMap((a) => a.steps).filter((s) => /^(Completed|Done)/.test(s.statusText ?? ''));
    expect(steps).toHaveLength(3);
    for (const s of steps) expect(s.rating).toBe('complete');
  });

  it('gives the plan’s three-way key through the meeting focus at the 3 November update', async () => {
    const t = await seed004('2022-11-03', '2022-12-15');
    const focus = (ref: string) => byRef(t, ref).steps.map((s) => s.focus);
    expect(focus('1')).toEqual(['complete', 'next_step', 'next_step', 'next_step']);
    expect(focus('2')).toEqual(['complete', 'complete', 'update_due', 'next_step']);
    expect(byRef(t, '3').focus).toBe('update_due');
    expect(byRef(t, '12').steps[0]?.focus).toBe('update_due');
    expect(byRef(t, '14').focus).toBe('update_due');
    expect(byRef(t, '6').focus).toBe('next_step');
  });

  it('turns overdue open steps Red once the dates pass, with the reason naming step and date', async () => {
    const t = await seed004('2023-01-04', '2023-01-12');
    const rec3 = byRef(t, '3');
    expect(rec3.rating).toBe('red');
    expect(rec3.reason).toBe('Red: step 1 of 3 "THT Programme Manager to agree with relevant board member…" was due 30 Nov 2022 and is 35 days overdue.');
    expect(byRef(t, '5').rating).toBe('amber');
    expect(byRef(t, '8').rating).toBe('not_rated');
  });

  it('names the cell of every undated step it cannot rate', async () => {
    const t = await seed004('2022-11-03', '2022-12-15');
    const undated = t.issues.filter((i) => i.code === 'undated');
    expect(undated.map((i) => i.cell)).toEqual(expect.arrayContaining(['E16', 'E17']));
    for (const issue of t.issues) expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
  });
});
