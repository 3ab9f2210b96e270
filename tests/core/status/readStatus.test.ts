import { readStatus } from '../../../src/core/status';

describe('readStatus: class, completion date and re-dating of a status cell', () => {
  describe('a completion date given with the status', () => {
    it('reads "Done (End of Nov)" as complete on "End of Nov" (seed 004 row 2)', () => {
      expect(readStatus('Done (End of Nov)')).toEqual({ status: 'complete', completedText: 'End of Nov', redated: false, goAhead: false });
    });

    it('reads the parenthesis after any completion word', () => {
      expect(readStatus('Completed (3/11/22)').completedText).toBe('3/11/22');
      expect(readStatus('Update: closed - (Dec 22)').completedText).toBe('Dec 22');
    });

    it('ignores a parenthesis that is not a date, or a status that is not complete', () => {
      expect(readStatus('Done (see minutes)').completedText).toBeNull();
      expect(readStatus('Delayed (End of Nov)').completedText).toBeNull();
      expect(readStatus('Done').completedText).toBeNull();
    });

    it('takes the date from the deciding entry', () => {
      expect(readStatus('Done\nDone (End of Nov)')).toEqual({ status: 'complete', completedText: 'End of Nov', redated: false, goAhead: false });
    });
  });

  describe('re-dated: the text says the deadline moved', () => {
    it.each([
      'Deadlines adjusted to reflect more realistic delivery of actions',
      'Revised date: March',
      'New date agreed',
      'Rescheduled',
      'Deferred to Q1',
      'Moved to January ELG meeting',
      'Meeting delayed to Jan 23',
      'Postponed',
      'Timescale extended',
      'Extension agreed to end of March',
      'Delivery date revised to March 2024',
    ])('marks "%s" as re-dated', (text) => {
      expect(readStatus(text).redated).toBe(true);
    });

    it('looks at every entry, not only the deciding one', () => {
      expect(readStatus('Deferred to Feb\nCompleted')).toEqual({ status: 'complete', completedText: null, redated: true, goAhead: false });
    });

    it('does not mark a cell whose deadline did not move', () => {
      expect(readStatus('On track').redated).toBe(false);
      expect(readStatus('Delayed').redated).toBe(false);
      expect(readStatus('Not deferred').redated).toBe(false);
      expect(readStatus('No new date yet').redated).toBe(false);
    });

    it.each([
      ['Being extended to wider executive colleagues', false],
      ['Invitation extended to the patient panel', false],
      ['Responsibility moved to the estates team', false],
      ['Deadline extended to March 2023', true],
      ['Moved to next Board', true],
      ['Put back to Q3', true],
      ['Slipped to the end of the year', true],
      ['Extended to 31/03/23', true],
    ])('"%s": a "... to" phrase is a new date only with a date after it (re-dated: %s)', (text, expected) => {
      expect(readStatus(text).redated).toBe(expected);
    });

    // A move to a later date is slippage, as "deferred" is (round 9): it must outrank work done before it ("Training delivered. Evaluation now expected in March").
    it('reads "moved to" a new date as re-dated and at risk', () => {
      expect(readStatus('Moved to January ELG meeting')).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
    });
  });

  it('returns a fresh answer each time, so changing one never changes the next', () => {
    const first = readStatus('On track');
    first.status = 'off_track';
    expect(readStatus('On track').status).toBe('on_track');
  });

  it('reads a 32,767-character cell by its latest updates', () => {
    const huge = `${'Previous update: delayed. '.repeat(1300)}\nUpdate: Completed`.slice(-32767);
    expect(huge.length).toBe(32767);
    expect(readStatus(huge).status).toBe('complete');
  });
});
