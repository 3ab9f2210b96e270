import { excelAddress, labelSources, latestUpdate, qualitySummary, summaryKey, summaryNotes } from '../../../src/core/summary';
import { defaultSettings } from '../../../src/core/settings';
import type { Issue } from '../../../src/core/types';
import { numbered, tracker } from '../history/fixtures';

const issue = (severity: Issue['severity'], code: string, cell: string | null, sheet = 'Action Plan'): Issue => ({ sheet, cell, severity, code, message: `${code} at ${cell ?? sheet}` });

describe('data quality in the summary (SPEC 6.6)', () => {
  const issues = [
    issue('warning', 'undated', 'E12'),
    issue('warning', 'unparseable_timeframe', 'E13'),
    issue('error', 'formula_error', 'C4'),
    issue('warning', 'undated', 'E16'),
    issue('warning', 'undated', 'E17'),
    issue('error', 'percent_out_of_range', 'D9'),
    issue('warning', 'missing_lead', null),
  ];

  it('counts problems by kind, errors first, then the most frequent', () => {
    expect(qualitySummary(issues).counts).toEqual([
      { code: 'formula_error', severity: 'error', count: 1 },
      { code: 'percent_out_of_range', severity: 'error', count: 1 },
      { code: 'undated', severity: 'warning', count: 3 },
      { code: 'missing_lead', severity: 'warning', count: 1 },
      { code: 'unparseable_timeframe', severity: 'warning', count: 1 },
    ]);
  });

  it('names the five most important, errors before warnings, in the order found', () => {
    expect(qualitySummary(issues).top.map((q) => q.address)).toEqual(["'Action Plan'!C4", "'Action Plan'!D9", "'Action Plan'!E12", "'Action Plan'!E13", "'Action Plan'!E16"]);
  });

  it('writes addresses as Excel does: quoted sheet names, the workbook in brackets in a roll-up', () => {
    expect(excelAddress('Plan', 'E7')).toBe('Plan!E7');
    expect(excelAddress("Lead's plan", 'E7')).toBe("'Lead''s plan'!E7");
    expect(excelAddress('Plan', 'B3', 'north.xlsx')).toBe("'[north.xlsx]Plan'!B3");
    expect(excelAddress('Action Plan', null)).toBe("'Action Plan'");
  });
});

describe('labelling trackers in a summary that covers several', () => {
  const a = tracker('Action Plan', [numbered('1', 'green')]);
  const b = tracker('Conditions', [numbered('1a', 'green')]);

  it('leaves a single tracker unlabelled', () => {
    expect(labelSources([a])).toEqual({ sources: [{ tracker: a, label: null }], header: null });
  });

  it("labels a workbook's trackers by sheet", () => {
    expect(labelSources([a, b]).sources.map((s) => s.label)).toEqual(['Action Plan', 'Conditions']);
  });

  it('labels a roll-up by workbook, adding the sheet when one workbook gives several trackers', () => {
    expect(labelSources([a, b, a], ['tht.xlsx', 'trust.xlsx', 'trust.xlsx'])).toMatchObject({ header: 'Workbook', sources: [{ label: 'tht.xlsx' }, { label: 'trust.xlsx: Conditions' }, { label: 'trust.xlsx: Action Plan' }] });
  });
});

describe('the key and notes follow the workbook settings', () => {
  it('uses the amber window and the undated rule of the workbook', () => {
    const settings = { ...defaultSettings('2022-11-03'), amberWindowDays: 7, undatedRating: 'amber' as const };
    const key = summaryKey(settings);
    expect(key.find((k) => k.rating === 'amber')?.definition).toContain('due within 7 days');
    expect(key.find((k) => k.rating === 'not_rated')?.definition).toContain('these are rated Amber in this workbook');
  });

  it('states the confidence weights and the date trends compare against', () => {
    const notes = summaryNotes(defaultSettings('2022-12-15'), '2022-11-03');
    expect(notes[1]).toBe('Confidence % = the mean over rated actions of the confidence given on the sheet, else Complete 100%, Green 100%, Amber 50%, Red 0%.');
    expect(notes[2]).toBe('Trend against the snapshot of 3 Nov 2022: ▲ improved, ▼ worse, ► same, ● new.');
  });
});

describe('latestUpdate', () => {
  it('is the last status entry, skipping steps with none, or null when there is none', () => {
    expect(latestUpdate({ update: null, steps: [{ statusText: 'Completed' }, { statusText: 'On track' }, { statusText: null }] })).toBe('On track');
    expect(latestUpdate({ update: null, steps: [] })).toBeNull();
  });

  it('skips a dash that only keeps a step\'s place, as it is no update', () => {
    expect(latestUpdate({ update: null, steps: [{ statusText: 'Delayed by staffing' }, { statusText: '-' }] })).toBe('Delayed by staffing');
  });

  it('is the update written beside a status of a word or two, as the board reads it', () => {
    const update = 'Draft circulated to members; comments due 8 Dec';
    expect(latestUpdate({ update, steps: [{ statusText: 'On track' }] })).toBe(update);
    expect(latestUpdate({ update, steps: [{ statusText: null }] })).toBe(update);
  });

  it('keeps a status written in sentences, which is the update itself', () => {
    const status = 'Workshop held 12 Oct; report to Board in January';
    expect(latestUpdate({ update: 'See minutes of the October meeting', steps: [{ statusText: status }] })).toBe(status);
  });
});
