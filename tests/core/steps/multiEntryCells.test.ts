import { alignSteps, splitEntries } from '../../../src/core/steps';

/*
 * How real trackers write several entries in one cell, beyond seed 004: lists whose items
 * wrap onto further lines (seed 003 is full of them, pasted from a PDF), step numbering in
 * words, bullets from Word, and a time frame cell that lists one date per step on one line.
 */

describe('splitEntries on the ways trackers write multi-entry cells', () => {
  describe('a list whose items wrap onto a second line', () => {
    it('joins a line without a number to the numbered item above it', () => {
      expect(splitEntries('1. Agree SOP with\nclinical leads\n2. Train staff')).toEqual(['Agree SOP with clinical leads', 'Train staff']);
      expect(splitEntries('1) Agree SOP with\n   clinical leads and\n   pharmacy\n2) Train staff')).toEqual([
        'Agree SOP with clinical leads and pharmacy',
        'Train staff',
      ]);
    });

    it('joins a wrapped line that starts with a capital while the item has not ended its sentence', () => {
      expect(splitEntries('1. Patient feedback from those with a\nLearning Disability is gathered\n2. Train staff')).toEqual([
        'Patient feedback from those with a Learning Disability is gathered',
        'Train staff',
      ]);
    });

    it('reads the lettered conditions of seed 003, with blank lines between the items, as one entry per letter', () => {
      const cell = 'a. Formal partnership agreements or \narrangements. \n\nb. Agreed outcomes and ambitions. ';
      expect(splitEntries(cell)).toEqual(['Formal partnership agreements or arrangements.', 'Agreed outcomes and ambitions.']);
    });

    it('joins wrapped lines in a bulleted list too (seed 003)', () => {
      const cell = '• Launching our People Leaders \nMasterclasses \n\n• Launching cultural competency training \nprogramme ';
      expect(splitEntries(cell)).toEqual(['Launching our People Leaders Masterclasses', 'Launching cultural competency training programme']);
    });

    it('joins a capitalised line only where the item above was cut off: mid-phrase, or at a space', () => {
      expect(splitEntries('1. Review with clinical and\nNursing leads\n2. Train staff')).toEqual(['Review with clinical and Nursing leads', 'Train staff']);
      expect(splitEntries('• Draft plan\n• Consult\nApprove at Board')).toEqual(['Draft plan', 'Consult', 'Approve at Board']);
    });

    it('keeps a bulleted sub-item with the numbered item it sits under', () => {
      expect(splitEntries('1. Recruit\n   - advertise\n   - interview\n2. Train')).toEqual(['Recruit; advertise; interview', 'Train']);
    });

    it('keeps a remark after a finished sentence, after a blank line, or with a label, as an entry of its own', () => {
      const seed000 = '- Implementation of the revised non staff payment policy\n- Establish a co-produced delivery plan from 2025 – 2027.\nAll actions are underway.';
      expect(splitEntries(seed000)).toHaveLength(3);
      expect(splitEntries('1. Agree SOP\n2. Train staff\n\nNotes from the lead')).toEqual(['Agree SOP', 'Train staff', 'Notes from the lead']);
      expect(splitEntries('1) Agree SOP\n2) Train staff\nRAG: Amber')).toEqual(['Agree SOP', 'Train staff', 'RAG: Amber']);
      expect(splitEntries('1. Agree\n2. Train\nNEW ACTION: Discuss with Healthwatch')).toEqual(['Agree', 'Train', 'NEW ACTION: Discuss with Healthwatch']);
    });

    it('joins nothing in a cell that is not a list: a single item, or plain lines', () => {
      expect(splitEntries('Mid Nov\n- End of Dec')).toEqual(['Mid Nov', 'End of Dec']);
      expect(splitEntries('Done\non track')).toEqual(['Done', 'on track']);
    });

    it('keeps "o" bullets written before a lower-case word as items of their own', () => {
      expect(splitEntries('o Review terms\no facilitate an away day')).toEqual(['Review terms', 'o facilitate an away day']);
    });
  });

  describe('numbering written in other ways', () => {
    it('removes "Step 1:", "Action 1 -", "Task 3." and "Item 2)" numbering, as it removes "1."', () => {
      expect(splitEntries('Step 1: Agree SOP\nStep 2: Train staff')).toEqual(['Agree SOP', 'Train staff']);
      expect(splitEntries('Action 1 - Agree SOP\nAction 2 - Train staff')).toEqual(['Agree SOP', 'Train staff']);
      expect(splitEntries('Task 3. Audit')).toEqual(['Audit']);
      expect(splitEntries('Item 2) Report to Board')).toEqual(['Report to Board']);
    });

    it('splits step numbering written on one line', () => {
      expect(splitEntries('Step 1: Agree SOP Step 2: Train staff')).toEqual(['Agree SOP', 'Train staff']);
    });

    it('keeps a step word that numbers nothing', () => {
      expect(splitEntries('Step 1 complete')).toEqual(['Step 1 complete']);
      expect(splitEntries('Action plan: agree SOP')).toEqual(['Action plan: agree SOP']);
    });

    it('removes "1:" and "1 -" before a word, but not from a range or a time', () => {
      expect(splitEntries('1: Agree SOP\n2: Train staff')).toEqual(['Agree SOP', 'Train staff']);
      expect(splitEntries('1 - Complete\n2 - On track')).toEqual(['Complete', 'On track']);
      expect(splitEntries('15 - 20 staff trained')).toEqual(['15 - 20 staff trained']);
      expect(splitEntries('12:30 meeting')).toEqual(['12:30 meeting']);
    });

    it('splits a one-line list numbered without spaces ("1.Agree SOP 2.Train staff")', () => {
      expect(splitEntries('1.Agree SOP 2.Train staff')).toEqual(['Agree SOP', 'Train staff']);
      expect(splitEntries('1. Review on 1.2.24 2. Report on 3.4.24')).toEqual(['Review on 1.2.24', 'Report on 3.4.24']);
    });
  });

  describe('bullets from Word and other symbols', () => {
    it('removes Word\'s Symbol and Wingdings bullets, arrows and circles at the start of a line', () => {
      for (const bullet of ['\uf0b7', '\uf0a7', '\uf0d8', '➤', '❖', '→', '○']) {
        expect(splitEntries(`${bullet} Agree SOP\n${bullet} Train staff`)).toEqual(['Agree SOP', 'Train staff']);
      }
    });

    it('splits a line flattened with Word\'s bullets, but never at an arrow inside a line', () => {
      expect(splitEntries('\uf0b7 Agree SOP \uf0b7 Train staff')).toEqual(['Agree SOP', 'Train staff']);
      expect(splitEntries('Draft → agree → publish')).toEqual(['Draft → agree → publish']);
    });
  });

  describe('a time frame cell listing one date per step on a single line', () => {
    it('splits quarters, months and dates separated by slashes, commas or semicolons', () => {
      expect(splitEntries('Q1 / Q2 / Q3')).toEqual(['Q1', 'Q2', 'Q3']);
      expect(splitEntries('Dec 23, Jan 24, Mar 24')).toEqual(['Dec 23', 'Jan 24', 'Mar 24']);
      expect(splitEntries('31/12/23; 31/01/24; 31/03/24')).toEqual(['31/12/23', '31/01/24', '31/03/24']);
      expect(splitEntries('End Oct 2022, Mid Nov, Complete by mid Dec, 5/1/23')).toEqual(['End Oct 2022', 'Mid Nov', 'Complete by mid Dec', '5/1/23']);
      expect(splitEntries('March 23 Board, April 23 Board')).toEqual(['March 23 Board', 'April 23 Board']);
    });

    it('keeps one window whole: two months joined by a slash, or a year written once for both', () => {
      expect(splitEntries('Jan/Feb 24')).toEqual(['Jan/Feb 24']);
      expect(splitEntries('Q3/Q4')).toEqual(['Q3/Q4']);
      expect(splitEntries('Jan, Feb 24')).toEqual(['Jan, Feb 24']);
      expect(splitEntries('Q3/Q4 2023/24')).toEqual(['Q3/Q4 2023/24']);
    });

    it('never splits prose, a revision, a financial year or a date', () => {
      expect(splitEntries('Draft, agree and publish by Dec 23')).toEqual(['Draft, agree and publish by Dec 23']);
      expect(splitEntries('Nov 23, revised to Jan 24')).toEqual(['Nov 23, revised to Jan 24']);
      expect(splitEntries('2023/24')).toEqual(['2023/24']);
      expect(splitEntries('31/12/23')).toEqual(['31/12/23']);
    });

    it('gives each of three next steps its own date from "Q1 / Q2 / Q3"', () => {
      const aligned = alignSteps(splitEntries('Agree SOP\nTrain staff\nAudit'), splitEntries('Q1 / Q2 / Q3'), [], 'Recruit');
      expect(aligned.steps.map((s) => [s.text, s.timeframeText])).toEqual([
        ['Agree SOP', 'Q1'],
        ['Train staff', 'Q2'],
        ['Audit', 'Q3'],
      ]);
      expect(aligned.unmatchedTimeframes).toBe(false);
    });
  });

  it('lines up a numbered next-steps cell whose first item wraps with unnumbered time frames and statuses', () => {
    const aligned = alignSteps(
      splitEntries('1. Agree SOP with\nclinical leads\n2. Train staff'),
      splitEntries('Dec 23\nJan 24'),
      splitEntries('Done\nOn track'),
      'Recruit',
    );
    expect(aligned.steps.map((s) => [s.text, s.timeframeText, s.statusText])).toEqual([
      ['Agree SOP with clinical leads', 'Dec 23', 'Done'],
      ['Train staff', 'Jan 24', 'On track'],
    ]);
    expect(aligned).toMatchObject({ extraTimeframes: 0, extraStatuses: 0, unmatchedTimeframes: false, unmatchedStatuses: false });
  });

  describe('a lead-in line', () => {
    it('drops a short line ending in a colon above the entries it introduces, so each step keeps its own date', () => {
      expect(splitEntries('The chair will:\n1. Review ToR\n2. Facilitate away day')).toEqual(['Review ToR', 'Facilitate away day']);
      expect(splitEntries('Next steps:\n• Agree SOP\n• Train staff')).toEqual(['Agree SOP', 'Train staff']);
    });

    it('keeps a dated lead-in ("Update Nov 23:") at the head of the entry below it, so the update keeps its date', () => {
      expect(splitEntries('Update Nov 23:\nOn track\nDelayed by estates')).toEqual(['Update Nov 23: On track', 'Delayed by estates']);
      expect(splitEntries('Update 14/11/23:\n1. Agree ToR\n2. Train staff')).toEqual(['Update 14/11/23: Agree ToR', 'Train staff']);
    });

    it('keeps a colon that introduces nothing, and a long sentence that ends in one', () => {
      expect(splitEntries('On track\nUpdate:')).toEqual(['On track', 'Update:']);
      const long = 'The new relevant board member takes responsibility for supporting the engagement leads. The new chair will:';
      expect(splitEntries(`${long}\n1. Review ToR\n2. Facilitate away day`)).toEqual([long, 'Review ToR', 'Facilitate away day']);
    });
  });
});
