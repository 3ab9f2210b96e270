import { rateAction } from '../../../src/core/rating/action';
import { rateStep } from '../../../src/core/rating/step';
import { defaultSettings } from '../../../src/core/settings';
import { summaryKey, summaryModel, summaryNotes, summaryTables } from '../../../src/core/summary';
import { SEED003 } from '../../helpers/samples';
import { numbered, tracker } from '../history/fixtures';
import { due, step } from '../rating/fixtures';
import { analysed, SEED003_SETTINGS } from './fixtures';

/*
 * SPEC 6.1–6.3: the summary's heading, its key (each rating with its definition in words) and
 * the lines saying how Table One's figures are worked out must describe what the engine does.
 */

const nov30 = defaultSettings('2022-11-30');

describe('the key defines each rating as SPEC 5.1 and 5.2 rate an action', () => {
  it('defines Green so that it covers an action whose other open steps have no date yet', () => {
    // SPEC 5.2: the worst open step rates the action, and Not rated ranks below Green.
    const steps = [step({ text: 'Draft', index: 1, count: 2, status: 'on_track', timeframe: due('2023-01-31') }), step({ text: 'Consult', index: 2, count: 2, timeframe: due(null), timeframeText: 'TBC' })].map((input) => ({
      ...rateStep(input, nov30),
      status: input.status,
      timeframe: input.timeframe,
    }));
    expect(rateAction(steps, nov30).rating).toBe('green');
    const green = summaryKey(nov30).find((k) => k.rating === 'green')?.definition;
    expect(green).toBe('On track: no open step is overdue, off track, at risk or re-dated, and any due within 14 days is reported on track; steps without a date are left out.');
  });

  it('follows the amber window of the workbook in the Green definition too', () => {
    expect(summaryKey({ ...nov30, amberWindowDays: 7 }).find((k) => k.rating === 'green')?.definition).toContain('any due within 7 days');
  });
});

describe('the notes say how the figures shown were worked out', () => {
  it('on an action tracker: progress and confidence from the ratings (SPEC 5.3)', () => {
    expect(summaryNotes(nov30, null).slice(0, 2)).toEqual([
      'Progress % = (Complete + Green) ÷ rated actions (Not rated left out).',
      'Confidence % = the mean over rated actions of the confidence given on the sheet, else Complete 100%, Green 100%, Amber 50%, Red 0%.',
    ]);
  });

  it("on a board's Table One: the ambitions' own figures, carried through as given (SPEC 5.3)", async () => {
    const { trackers } = await analysed(SEED003, SEED003_SETTINGS, ['Table One']);
    expect(summaryModel(trackers, SEED003_SETTINGS).notes.slice(0, 2)).toEqual([
      'Progress % = as given on the sheet for each ambition; a total is the mean of its ambitions.',
      'Confidence % = as given on the sheet for each ambition; a total is the mean of those given. An ambition is Green at 90% or more, Amber at 60% or more, else Red.',
    ]);
  });

  it('beside an action tracker: both, saying which rows are as given', async () => {
    const { trackers } = await analysed(SEED003, SEED003_SETTINGS);
    const [progress] = summaryModel(trackers, SEED003_SETTINGS).notes;
    expect(progress).toBe('Progress % = (Complete + Green) ÷ rated actions (Not rated left out); where a sheet gives progress and confidence per ambition, they are shown as given.');
  });
});

describe('the heading names the NHS quarter of the as-of date (SPEC 6.1)', () => {
  it.each([
    ['2023-03-31', '2022-23 Q4'],
    ['2023-04-01', '2023-24 Q1'],
    ['2023-06-30', '2023-24 Q1'],
    ['2023-07-01', '2023-24 Q2'],
    ['2023-12-31', '2023-24 Q3'],
    ['2024-01-01', '2023-24 Q4'],
    ['1999-12-31', '1999-00 Q3'],
  ])('as at %s is %s', (asOf, quarter) => {
    expect(summaryModel([tracker('Plan', [numbered('1', 'green')])], defaultSettings(asOf)).quarter).toBe(quarter);
  });

  it('whatever quarter convention the workbook reads time frames with', () => {
    expect(summaryModel([tracker('Plan', [numbered('1', 'green')])], { ...defaultSettings('2024-02-01'), quarterConvention: 'calendar' }).quarter).toBe('2023-24 Q4');
  });
});

describe('Table One for a group with no rated action (SPEC 5.3)', () => {
  it('shows no progress or confidence, rather than 0%, and Not rated overall', () => {
    const model = summaryModel([tracker('Plan', [numbered('1', 'not_rated'), numbered('2', 'not_rated')])], nov30);
    const cells = summaryTables(model).tableOne.rows.at(-1)?.cells.map((c) => c.text);
    expect(cells?.slice(1, 10)).toEqual(['2', '0', '0', '0', '0', '2', '—', '—', 'Not rated']);
  });

  it('rounds a displayed percentage half up, as the board paper does', () => {
    // 2 of 7 Complete or Green is 28.571…%, shown 29%; 1 of 8 is 12.5%, shown 13%.
    const seven = summaryModel([tracker('Plan', ['green', 'complete', 'red', 'red', 'red', 'red', 'red'].map((r, i) => numbered(String(i + 1), r as 'red')))], nov30);
    expect(summaryTables(seven).tableOne.rows.at(-1)?.cells[7]?.text).toBe('29%');
    const eight = summaryModel([tracker('Plan', ['green', 'red', 'red', 'red', 'red', 'red', 'red', 'red'].map((r, i) => numbered(String(i + 1), r as 'red')))], nov30);
    expect(summaryTables(eight).tableOne.rows.at(-1)?.cells.slice(7, 9).map((c) => c.text)).toEqual(['13%', '13%']);
  });
});
