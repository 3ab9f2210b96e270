import { alignSteps, joinStatuses, splitEntries } from '../../../src/core/steps';
import { datedStarts, splitDatedLog } from '../../../src/core/steps/datedLog';
import { classifyStatus } from '../../../src/core/status';

/** A status cell as a one-step row reads it: split, the log turned round, joined, classified. */
const rowReads = (cell: string): string => classifyStatus(alignSteps([], [], splitEntries(cell), 'Pilot').steps[0]?.statusText ?? '');

describe('a dated update log typed as one paragraph (SPEC 4: the latest entry wins)', () => {
  describe('is one entry per dated update, split where each date opens a sentence', () => {
    it.each([
      ['Oct 24: delayed - revised to Feb 25. Sep 24: on track', ['Oct 24: delayed - revised to Feb 25.', 'Sep 24: on track']],
      ['20/11/24 overdue; 01/09/24 complete phase 1', ['20/11/24 overdue', '01/09/24 complete phase 1']],
      ['Nov update: slipped to Q4. Sept update: on track', ['Nov update: slipped to Q4.', 'Sept update: on track']],
      ['[15/11] Complete. [01/09] Delayed', ['[15/11] Complete.', '[01/09] Delayed']],
      ['Update 02/10/23: pilot went well. Update 06/11/23: drafted', ['Update 02/10/23: pilot went well.', 'Update 06/11/23: drafted']],
    ])('%s', (cell, entries) => {
      expect(splitEntries(cell)).toEqual(entries);
    });

    it('splits a line of a log written on lines too', () => {
      expect(splitEntries('20/11/24: escalated. 15/11/24: slipped\n01/10/24: on track')).toEqual(['20/11/24: escalated.', '15/11/24: slipped', '01/10/24: on track']);
    });

    it('splits a pasted paragraph of a log', () => {
      expect(splitEntries('<p>Oct 24: Complete. Sep 24: delayed</p>')).toEqual(['Oct 24: Complete.', 'Sep 24: delayed']);
    });
  });

  describe('stays whole when it is one narrative', () => {
    it.each([
      'Meeting held 14/11, next on 12/12',
      'Oct 24: meeting held 14/11, next on 12/12',
      'Oct 24: delayed - revised to Feb 25',
      'Delayed. Sep 24: on track',
      'Recruitment started. 1.5 FTE in post',
    ])('%s', (cell) => {
      expect(splitEntries(cell)).toEqual([cell]);
    });

    it('keeps a numbered item whole, as it holds one step’s place', () => {
      expect(splitEntries('1. 14/11/24: done. 12/10/24: drafted\n2. On track')).toEqual(['14/11/24: done. 12/10/24: drafted', 'On track']);
    });

    it('still reads a list of dates as before', () => {
      expect(splitEntries('Dec 23; Jan 24; Mar 24')).toEqual(['Dec 23', 'Jan 24', 'Mar 24']);
    });
  });

  describe('is read newest last in a row, whichever way round it was written', () => {
    it.each([
      ['Oct 24: delayed - revised to Feb 25. Sep 24: on track', 'at_risk'],
      ['Oct 24: Complete. Sep 24: delayed', 'complete'],
      ['20/11/24 overdue; 01/09/24 complete phase 1', 'off_track'],
      ['20/11/24: Overdue - escalated. 15/09/24: on track', 'off_track'],
      ['Nov update: slipped to Q4. Sept update: on track', 'at_risk'],
      ['[15/11] Complete. [01/09] Delayed', 'complete'],
      ['Sep 24: on track. Oct 24: delayed - revised to Feb 25', 'at_risk'],
      ['[01/09] Complete phase 1. [15/11] Phase 2 delayed', 'at_risk'],
      ['Nov: complete\nOct: in progress\nSept: not started', 'complete'],
    ])('%s', (cell, status) => {
      expect(rowReads(cell)).toBe(status);
    });

    it('turns the split entries round before they are joined', () => {
      expect(joinStatuses(splitEntries('Oct 24: Complete. Sep 24: delayed'))).toBe('Sep 24: delayed\nOct 24: Complete.');
    });
  });

  describe('datedStarts and splitDatedLog', () => {
    it('finds an entry at each line and sentence that opens with a date, not at a date mid-sentence', () => {
      expect(datedStarts('Oct 24: delayed - revised to Feb 25. Sep 24: on track')).toEqual([0, 37]);
      expect(datedStarts('Progress.\n14/11/23: signed off')).toEqual([10]);
    });

    it('splits only a line that opens with a date and holds another', () => {
      expect(splitDatedLog('Delayed. Sep 24: on track. Oct 24: done')).toBeNull();
      expect(splitDatedLog('Sep 24: on track')).toBeNull();
    });
  });
});
