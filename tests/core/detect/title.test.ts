import { sheetTitle } from '../../../src/core/detect/title';
import { summaryModel } from '../../../src/core/summary';
import { defaultSettings } from '../../../src/core/settings';
import { tracker } from '../history/fixtures';

describe('sheetTitle: the title row above a tracker\'s header', () => {
  it('is the first row above the header holding one text cell alone', () => {
    const rows = [[null, 'Quality improvement plan 2024/25'], ['Prepared for the Quality Committee'], [], ['Action', 'Lead']];
    expect(sheetTitle(rows, 3)).toBe('Quality improvement plan 2024/25');
  });

  it('skips rows of several cells, and reads none from a paragraph of introduction', () => {
    expect(sheetTitle([['Key:', 'Blue = complete'], ['Action plan'], ['Action', 'Lead']], 2)).toBe('Action plan');
    expect(sheetTitle([['This report updates on the plan. '.repeat(8)], ['Action', 'Lead']], 1)).toBeNull();
  });

  it('is none when the header is the first row', () => {
    expect(sheetTitle([['Action', 'Lead']], 0)).toBeNull();
  });
});

describe('the summary\'s name', () => {
  const settings = defaultSettings('2024-11-20');
  const titled = (sheet: string, title: string | null) => ({ ...tracker(sheet, []), title });

  it('is the trackers\' title rows when every tracker has one, each once', () => {
    expect(summaryModel([titled('Plan', 'Quality plan'), titled('Plan 2', 'Quality plan')], settings).name).toBe('Quality plan');
  });

  it('is the sheet names when any tracker has no title row', () => {
    expect(summaryModel([titled('Table One', 'Table One – summary'), titled('Conditions', null)], settings).name).toBe('Table One, Conditions');
  });

  it('is the workbook\'s own title over both', () => {
    expect(summaryModel([titled('Plan', 'Quality plan')], settings, [], { title: 'Board paper' }).name).toBe('Board paper');
  });
});

describe('sheetTitle under a letterhead', () => {
  it.each([
    ['Northshire Hospitals NHS Foundation Trust', 'Internal Audit Recommendations Tracker 2024/25'],
    ['Northshire and Riverside Integrated Care Board', 'Joint Forward Plan 2024/25 – Delivery Milestone Tracker'],
    ['Riverside NHS Trust', 'Board action log'],
  ])('skips a row naming only the organisation (%s) for the title under it', (org, title) => {
    expect(sheetTitle([[org], [title], [], ['Action', 'Lead']], 3)).toBe(title);
  });

  it('keeps the organisation as the title when no title row follows it', () => {
    expect(sheetTitle([['Northshire Hospitals NHS Foundation Trust'], [], ['Action', 'Lead']], 2)).toBe('Northshire Hospitals NHS Foundation Trust');
  });

  it('keeps a title that only mentions an organisation on the way', () => {
    expect(sheetTitle([['ICB Quality Committee action log 2024'], ['Updated November'], ['Action', 'Lead']], 2)).toBe('ICB Quality Committee action log 2024');
  });
});
