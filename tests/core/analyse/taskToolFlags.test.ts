import { statusFlags } from '../../../src/core/analyse/flagColumns';
import { NO_EXTRA_STATUS } from '../../../src/core/analyse/extraStatus';
import { progressStarted, startedStatus } from '../../../src/core/analyse/progressDone';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { parseRatingWord } from '../../../src/core/rating';
import { defaultSettings } from '../../../src/core/settings';
import { classifyStatus } from '../../../src/core/status';
import type { CellValue, SheetGrid, Step } from '../../../src/core/types';

/*
 * Task-tool exports (Smartsheet, Planner) and council BRAG plans (SPEC 4, 5.1; README: flag columns
 * are read beside the update narrative). Read on 14 Jul 2025.
 */

const settings = defaultSettings('2025-07-14');

function analysed(header: string[], rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], settings).trackers[0];
}

function rated(header: string[], rows: CellValue[][]) {
  return (analysed(header, rows)?.actions ?? []).map((a) => [a.row, a.status, a.rating]);
}

describe('Yellow, the amber of a task tool\'s RYG scale', () => {
  it('is amber wherever a rating colour is read', () => {
    expect(parseRatingWord('Yellow')).toBe('amber');
    expect(classifyStatus('Yellow')).toBe('at_risk');
    expect(classifyStatus('Status yellow - supplier slow to respond')).toBe('at_risk');
    // Inside a sentence "yellow" is more often the MHRA's Yellow Card scheme than a rating.
    expect(classifyStatus('Yellow Card reports submitted for all incidents')).not.toBe('at_risk');
    // A lone "Y" stays "Yes": a Complete? column's tick.
    expect(parseRatingWord('Y')).toBeNull();
  });

  it('rates an action whose Status column says Yellow beside a silent comment Amber', () => {
    const header = ['Task Name', 'End Date', 'Status', 'Comments'];
    expect(rated(header, [['Extend A&G to cardiology', '31/10/2025', 'Yellow', null]])).toEqual([[2, 'at_risk', 'amber']]);
  });
});

describe('a tick box or label flagging a risk, read beside the status', () => {
  const header = ['Task Name', 'End Date', 'Status', 'Comments', 'At Risk', 'Blocked', 'Labels'];

  it('finds the tick and label columns by their headers', () => {
    const flags = statusFlags([2], header);
    expect(flags.cols).toEqual([2]);
    expect(flags.ticks).toEqual([{ col: 4, ticked: 'at_risk' }, { col: 5, ticked: 'off_track' }, { col: 6, ticked: null }]);
  });

  it('makes a ticked action worse than its status says, and leaves an unticked one', () => {
    expect(
      rated(header, [
        ['Clinician engagement sessions', '31/10/2025', 'Green', '4 of 6 specialties done.', true, false, null],
        ['Integrate portal with PAS', '31/10/2025', 'Green', 'Testing under way.', 'FALSE', 'true', null],
        ['Reduce TTO turnaround time', '31/10/2025', 'Green', 'Pharmacist on ward rounds.', false, false, 'Blocked;Pharmacy'],
        ['Easy Read leaflet', '31/10/2025', 'Green', 'Drafted.', false, false, 'Red;Signed off'],
        ['Agree PIFU pathways', '30/04/2025', 'Blue', 'Signed off at Elective Recovery Board.', true, false, null],
      ]),
    ).toEqual([
      [2, 'at_risk', 'amber'],
      [3, 'off_track', 'red'],
      [4, 'off_track', 'red'],
      // A colour label is the tag's colour, and a tag saying done flags nothing.
      [5, 'on_track', 'green'],
      // A completion stands: a flag can only make open work worse.
      [6, 'complete', 'complete'],
    ]);
  });
});

describe('a "% complete" above 0%, the work under way (SPEC 5.1 rule 6)', () => {
  const step = { status: 'unknown' } as Step;

  it('reads a step whose status says nothing as on track', () => {
    const started = progressStarted(0.8, [step], NO_EXTRA_STATUS);
    expect(started?.started).toBe(true);
    expect(startedStatus('unknown', started ?? NO_EXTRA_STATUS)).toBe('on_track');
    // Changed on purpose: a lead's explicit "Not started" beside a % complete stands (the late-start check reads it).
    expect(startedStatus('not_started', started ?? NO_EXTRA_STATUS)).toBe('not_started');
  });

  it('rates an action 80% complete, due within the amber window, with no update Green, not Amber', () => {
    const header = ['Action', 'Due date', '% complete', 'Lead'];
    expect(rated(header, [
      ['Install the new CT scanner', '25/07/2025', 0.8, 'Head of Estates'],
      ['Commission the MRI suite', '25/07/2025', 0, 'Head of Estates'],
    ])).toEqual([
      [2, 'on_track', 'green'],
      // 0% says nothing of the work being under way: rule 6 stands.
      [3, 'unknown', 'amber'],
    ]);
  });

  // Tracker review (rv9-b): the reason said "is reported on track" where no one had reported anything.
  it('gives the % complete as the reason, not a report no one made', () => {
    const reasons = (analysed(['Action', 'Due date', '% complete', 'Update'], [
      ['Install the new CT scanner', '25/07/2025', 0.6, null],
      ['Commission the MRI suite', '25/08/2025', 0.6, 'On track'],
    ])?.actions ?? []).map((a) => a.reason);
    expect(reasons).toEqual([
      'Green: the action is due in 11 days (25 Jul 2025) and its % complete shows it under way.',
      'Green: the action is due in 42 days (25 Aug 2025) and is reported on track.',
    ]);
  });

  it('leaves an explicit "Not started" standing beside a % complete, and still warns it started late', () => {
    const header = ['Ref', 'Action', 'Planned start', 'End date', 'Status', '% complete'];
    const tracker = analysed(header, [['DT07', 'Closed-loop blood tracking', '01/09/2024', '10/08/2025', 'Not started', 0.2]]);
    expect(tracker?.actions.map((a) => [a.ref, a.status, a.rating])).toEqual([['DT07', 'not_started', 'green']]);
    expect(tracker?.issues.map((i) => i.code)).toContain('late_start');
  });

  it('finds tick columns on a sheet with no other status-like column', () => {
    const header = ['Task Name', 'End Date', 'Comments', 'At Risk'];
    expect(rated(header, [['Clinician engagement sessions', '31/10/2025', 'Sessions booked.', true]])).toEqual([[2, 'at_risk', 'amber']]);
  });

  it('never softens a risk, and 0% or 100% says nothing of it', () => {
    const started = progressStarted(0.3, [step], NO_EXTRA_STATUS) ?? NO_EXTRA_STATUS;
    expect(startedStatus('at_risk', started)).toBe('at_risk');
    expect(startedStatus('off_track', started)).toBe('off_track');
    expect(progressStarted(0, [step], NO_EXTRA_STATUS)).toBeNull();
    expect(progressStarted(1, [step], NO_EXTRA_STATUS)).toBeNull();
    expect(progressStarted(0.5, [{ ...step, status: 'on_track' }], NO_EXTRA_STATUS)).toBeNull();
  });
});

describe('a lead\'s Green on a BRAG scale, beside an update that reads complete', () => {
  const header = ['Ref', 'Action', 'Responsible officer', 'Target date', 'BRAG', 'Progress update'];

  function analysedPlan() {
    return analysed(header, [
      ['2.2', 'SEND newsletter to families', 'Participation Officer', '31/12/2025', 'Green', 'Summer edition issued 2 June.'],
      ['4.1', 'Agree a 14-25 transition protocol', 'AD Adult Social Care', '31/12/2024', 'Blue', 'Signed off at Health and Wellbeing Board.'],
      ['5.1', 'Improvement Board monitors the plan', 'DCS', '31/03/2026', 'Amber', 'Highlight report in place.'],
    ]);
  }

  it('keeps the action open, as a Status column saying "On track" does', () => {
    expect((analysedPlan()?.actions ?? []).map((a) => [a.ref, a.status, a.rating])).toEqual([
      ['2.2', 'on_track', 'green'],
      ['4.1', 'complete', 'complete'],
      ['5.1', 'at_risk', 'amber'],
    ]);
  });

  it('warns at the status cell, naming the colour', () => {
    const warnings = (analysedPlan()?.issues ?? []).filter((i) => i.code === 'status_conflict').map((i) => i.cell);
    expect(warnings).toEqual(['F2', 'F4']);
  });

  it('leaves a plain RAG scale as it was: Green is the best a lead can give finished work', () => {
    const rag = ['Ref', 'Action', 'Lead', 'Target date', 'RAG', 'Progress update'];
    const actions = analysed(rag, [['1', 'Newsletter to families', 'Officer', '31/12/2025', 'Green', 'Newsletter issued 2 June.']])?.actions ?? [];
    expect(actions.map((a) => a.rating)).toEqual(['complete']);
  });
});
