import { splitEntries } from '../../../src/core/steps';
import { row1, row10, row11, row12, row2, row3, row9 } from './seed004';

describe('splitEntries: the entries inside one cell', () => {
  describe('pasted <p> and <li> fragments (seed 004)', () => {
    it('reads row 1 next steps as 4 entries, with the tags gone', () => {
      expect(splitEntries(row1.nextSteps)).toEqual([
        'Draft public comms on the purpose and aim of THT',
        'Review of other models and options (e.g. Foundation Trust governing bodies)',
        'Engagement Manager to identify forums to discuss THT accountability and transparency',
        'Develop options paper for THT Board',
      ]);
    });

    it('reads row 1 time frames as 4 entries and its statuses as 3', () => {
      expect(splitEntries(row1.timeframe)).toEqual(['End of Nov 22', 'End of Dec 22', 'End of Dec 22', 'Feb Board 23']);
      expect(splitEntries(row1.status)).toEqual(['Completed', 'On track', 'On track']);
    });

    it('keeps the bold label of row 9 as text and splits its continuation row into 4 steps and 3 time frames', () => {
      expect(splitEntries(row9.nextSteps)).toEqual([
        'Revised Action: Engagement Leads Group, THT Programme Manager discuss',
      ]);
      expect(splitEntries(row9.continuation.nextSteps)).toEqual([
        'a public engagement plan for 23-24 THT priorities for review at Board',
        'Revised Action: Public Engagement on setting THT priorities starts February runs to mid of March',
        'Incoming community / resident board member reports on outcome public engagement to each Lifecourse workstream',
        'Engagement Lead Group report on THT priority setting public engagement to Board',
      ]);
      expect(splitEntries(row9.continuation.timeframe)).toEqual([
        'Mid-March',
        'Through mid-March to end of March',
        'End of March for April Board',
      ]);
    });

    it('reads row 10 as its lead-in paragraph and three <li> items, dropping the "o " bullets', () => {
      expect(splitEntries(row10.action)).toEqual([
        'The new relevant board member takes responsibility for supporting the engagement leads to continue to meet, and provide a link between their work and the board. The new chair will:',
        "Review and update group's terms of reference",
        'Facilitate an away day to build relationships across the system',
        'Detail a plan for working on a small number of THT workplan priorities for 2022-23',
      ]);
      expect(splitEntries(row10.continuationAction)).toHaveLength(1);
    });

    it('decodes &amp; and strips <b> inside <p> in row 11', () => {
      expect(splitEntries(row11.nextSteps)).toEqual([
        'Engagement Manager to update Network meetings on this approach',
        'Decide actions & timescales once Incoming community / resident member appointed',
      ]);
      expect(splitEntries(row11.timeframe)).toEqual(['End of Dec']);
    });

    it('reads row 12 time frames as 4 entries, never splitting at a hyphen inside a line', () => {
      expect(splitEntries(row12.nextSteps)).toHaveLength(4);
      expect(splitEntries(row12.timeframe)).toEqual([
        '2 Dec',
        'By Mid Jan',
        'Late Feb to Late March - dependant on workshop format',
        'May meeting– dependant on workshop timing',
      ]);
    });

    it('strips an <a href> keeping its text', () => {
      expect(splitEntries(row12.continuationAction)).toEqual([
        'the ladder of participation. (see SHAHID Report (ActEarly) )',
      ]);
    });

    it('splits at <br>, <br/> and <li> and drops <ul>, <span> and <b> tags', () => {
      expect(splitEntries('Mid Nov<br>End of Dec<br/>TBC<br />Q4')).toEqual(['Mid Nov', 'End of Dec', 'TBC', 'Q4']);
      expect(splitEntries('<ul class="x"><li><span>First</span></li><li><b>Second</b> step</li></ul>')).toEqual([
        'First',
        'Second step',
      ]);
    });

    it('decodes named and numeric entities', () => {
      expect(splitEntries('A &amp; B&nbsp;&lt;now&gt; &quot;Q&quot; it&#39;s Oct&#8211;Dec &#x2014; &#8226;')).toEqual([
        'A & B <now> "Q" it\'s Oct–Dec —',
      ]);
    });

    it('leaves text that only looks like a tag alone', () => {
      expect(splitEntries('Waiting times <5 days for <insert team>')).toEqual(['Waiting times <5 days for <insert team>']);
      expect(splitEntries('&lt;p&gt;literal&lt;/p&gt;')).toEqual(['<p>literal</p>']);
    });
  });

  describe('line breaks', () => {
    it('splits at \\n, \\r\\n, \\r and the Excel line separator', () => {
      expect(splitEntries(row2.asInWorkbook.timeframe)).toEqual(['End Oct 2022', 'Mid Nov', 'Complete by mid Dec', '5/1/23']);
      expect(splitEntries('Done\r\nOn track\rDelayed\u2028TBC')).toEqual(['Done', 'On track', 'Delayed', 'TBC']);
    });

    it('drops blank lines and collapses spaces inside an entry', () => {
      expect(splitEntries('\n\n  End   of\tNov  \n \n')).toEqual(['End of Nov']);
    });

    it('does not split at the double spaces a PDF extraction leaves (they may be a typist\'s full stop)', () => {
      expect(splitEntries(row2.timeframe)).toEqual(['End Oct 2022 Mid Nov Complete by mid Dec 5/1/23']);
    });
  });

  describe('bullets', () => {
    it('splits at bullets at the start of a line: • - – ▪ ◦ · * and "o " before a capital', () => {
      const cell = '• Draft JD\n- Review process\n– Open recruitment\n▪ Interviews\n◦ Offer\n· Start\n* Induct\no Review';
      expect(splitEntries(cell)).toEqual([
        'Draft JD',
        'Review process',
        'Open recruitment',
        'Interviews',
        'Offer',
        'Start',
        'Induct',
        'Review',
      ]);
    });

    it('splits a line flattened with • or ▪ bullets', () => {
      expect(splitEntries('• Draft plan • Consult staff ▪ Publish')).toEqual(['Draft plan', 'Consult staff', 'Publish']);
    });

    it('never splits at a hyphen or dash inside a line', () => {
      expect(splitEntries('Request THCVS BAME Leadership - Disparities Project to review')).toEqual([
        'Request THCVS BAME Leadership - Disparities Project to review',
      ]);
      expect(splitEntries('Oct 23 – Mar 24')).toEqual(['Oct 23 – Mar 24']);
    });

    it('keeps a word that merely starts with "o"', () => {
      expect(splitEntries('on track')).toEqual(['on track']);
      expect(splitEntries('o review')).toEqual(['o review']);
    });
  });

  describe('numbered items', () => {
    it('removes 1. 1) (1) a. a) i. ii) at the start of a line', () => {
      const cell = '1. Draft\n2) Review\n(3) Agree\na. Publish\nb) Share\ni. Identify space\nii) Determine rules';
      expect(splitEntries(cell)).toEqual(['Draft', 'Review', 'Agree', 'Publish', 'Share', 'Identify space', 'Determine rules']);
    });

    it('splits a numbered list written on one line, in sequence only', () => {
      expect(splitEntries('1. Draft plan 2. Consult staff 3. Publish')).toEqual(['Draft plan', 'Consult staff', 'Publish']);
      expect(splitEntries('i. Identify space ii. Determine rules iii. Develop plan')).toEqual([
        'Identify space',
        'Determine rules',
        'Develop plan',
      ]);
      expect(splitEntries('1. Draft plan for 5. Version two')).toEqual(['Draft plan for 5. Version two']);
    });

    it('does not take decimals, abbreviations or initials for numbering', () => {
      expect(splitEntries('1.5 FTE recruited')).toEqual(['1.5 FTE recruited']);
      expect(splitEntries('e.g. workshops')).toEqual(['e.g. workshops']);
      expect(splitEntries('A. N. Other to lead')).toEqual(['A. N. Other to lead']);
    });
  });

  describe('step labels in the middle of a line', () => {
    it('starts a new entry at each NEW ACTION: label, as in row 3 once its line breaks are lost', () => {
      expect(splitEntries(row3.nextSteps)).toEqual([
        'THT Programme Manager to agree with relevant board member and Engagement Leads Group process to identify patient/user stories relevant to the items consider at the THT board.',
        'NEW ACTION: Discuss with THCVS on programme of presentations from the Equalities Hub',
        'NEW ACTION: Discuss with Healthwatch offer to support in 2023',
      ]);
    });

    it('does not split at "update:" inside a sentence', () => {
      expect(splitEntries('Progress update: on track')).toEqual(['Progress update: on track']);
    });
  });

  it('returns no entries for an empty or blank cell', () => {
    expect(splitEntries('')).toEqual([]);
    expect(splitEntries('  \n <p> </p> ')).toEqual([]);
  });
});
