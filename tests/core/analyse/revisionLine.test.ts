import { revisesAbove } from '../../../src/core/analyse/revisionLine';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { SheetGrid } from '../../../src/core/types';

/*
 * A time-frame cell's line that revises the date above is joined to it (one re-dated deadline);
 * a line whose revision word names the work ("Revised SOP – May 25") is a date of its own.
 */

describe('revisesAbove', () => {
  it.each(['Revised: End of Jan 23', 'revised to End of Jan 23', 'New date 30/04/25', 'Moved to March 25', '(deferred to Q4)', 'Now June 2025'])('joins %j to the line above', (line) => {
    expect(revisesAbove(line)).toBe(true);
  });

  it.each(['Revised SOP – May 25', 'New audit: Jun 25', 'Revised policy - Sept 25', 'Audit – May 25', 'End of Jan 23'])('keeps %j a line of its own', (line) => {
    expect(revisesAbove(line)).toBe(false);
  });
});

describe('a time-frame cell listing a piece of work per line, one named "Revised …"', () => {
  it('rates each step by its own date, not the pair as one re-dated deadline', () => {
    const grid: SheetGrid = {
      name: 'Plan',
      rows: [
        ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Update'],
        ['R1', 'Reduce falls with harm', 'Chief Nurse', 'Publish the falls guideline\nIssue the revised SOP', 'Guideline – Feb 25\nRevised SOP – May 25', 'Guideline drafted'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const action = analyseWorkbook([grid], defaultSettings('2025-03-14')).trackers[0]?.actions[0];
    expect(action?.steps.map((s) => s.timeframe.end)).toEqual(['2025-02-28', '2025-05-31']);
    expect(action?.rating).toBe('red');
  });
});
