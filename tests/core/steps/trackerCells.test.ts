import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import { joinStatuses, joinTimeframes, splitEntries, stepDeadline } from '../../../src/core/steps';
import { latestLast } from '../../../src/core/steps/updateLog';

/*
 * Shapes of multi-entry cells found in NHS trackers' "Next steps", "Time frame" and
 * "Status/Update" columns (SPEC 2.3): dashes that keep a step's place, update logs written
 * newest first, Excel's escaped line breaks, capital-lettered lists and indented sub-items.
 */

/** One action row, rated at 15 Nov 2023: its steps as [text, time frame, status, rating]. */
function rateRow(nextSteps: string, timeframe: string, status: string) {
  const grid = {
    name: 'Plan',
    rows: [
      ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status'],
      ['1', 'Set up the group', 'Ann', nextSteps, timeframe, status],
    ],
    merges: [],
    tables: [],
    hidden: false,
    protected: false,
  };
  const action = analyseWorkbook([grid], defaultSettings('2023-11-15')).trackers[0]?.actions[0];
  if (action === undefined) throw new Error('no action');
  return { action, steps: action.steps.map((s) => [s.text, s.timeframeText, s.statusText, s.rating]) };
}

describe('a dash on a line of its own keeps its step\'s place', () => {
  it('leaves the step beside it without a time frame or status, so later entries stay beside their own steps', () => {
    expect(splitEntries('Complete\n-\nOn track')).toEqual(['Complete', '-', 'On track']);
    expect(splitEntries('Dec 23\n–\nMar 24')).toEqual(['Dec 23', '-', 'Mar 24']);
    const { steps } = rateRow('1. Agree ToR\n2. Recruit chair\n3. First meeting', 'Oct 23\n-\nMar 24', 'Complete\n-\nOn track');
    expect(steps).toEqual([
      ['Agree ToR', 'Oct 23', 'Complete', 'complete'],
      ['Recruit chair', '-', '-', 'not_rated'],
      ['First meeting', 'Mar 24', 'On track', 'green'],
    ]);
  });

  it('holds its place at the end of a cell too, so the step above\'s "Complete" is not taken for every step', () => {
    expect(splitEntries('Complete\n-')).toEqual(['Complete', '-']);
    const { steps } = rateRow('1. Agree ToR\n2. Recruit chair', 'Oct 23\nDec 23', 'Complete\n-');
    expect(steps.map((s) => s[3])).toEqual(['complete', 'green']);
  });

  it('is no extra entry after the last step, and warns as no time frame, not as the time frame "-"', () => {
    const grid = {
      name: 'Plan',
      rows: [
        ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status'],
        ['1', 'Set up the group', 'Ann', 'Agree ToR\nRecruit chair\nFirst meeting', 'Oct 23\n-\nMar 24', 'On track'],
        ['2', 'Train staff', 'Raj', 'Agree ToR\nRecruit chair', 'Dec 23\nMar 24\n-', 'On track\nOn track\n-'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const issues = analyseWorkbook([grid], defaultSettings('2023-11-15')).trackers[0]?.issues ?? [];
    expect(issues.map((i) => [i.cell, i.code, i.message])).toEqual([['E2', 'undated', 'Step 2 of 3 has no time frame, so it cannot be rated; set a date when one is agreed.']]);
  });

  it('holds no place in a numbered list, or alone', () => {
    expect(splitEntries('1. Agree ToR\n-\n2. Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
    expect(splitEntries('-')).toEqual([]);
    expect(splitEntries(' -- ')).toEqual([]);
  });

  it('is left out when a row\'s only step takes every entry', () => {
    expect(joinTimeframes(['-', 'Dec 23'])).toBe('Dec 23');
    expect(joinStatuses(['-', 'On track'])).toBe('On track');
  });

  it('reads as no time frame in the reason, not as the time frame "-"', () => {
    const { action } = rateRow('1. Agree ToR\n2. Recruit chair', 'Oct 23\n-', 'Complete\n-');
    expect(action.reason).toBe('Not rated: step 2 of 2 "Recruit chair" has no time frame and cannot be rated until a date is set.');
  });
});

describe('a dated update log written newest first', () => {
  it('is read with its newest update winning, whichever way round it is written', () => {
    expect(rateRow('', '', '14/11/23: Complete\n12/10/23 - in progress').action.rating).toBe('complete');
    expect(rateRow('', '', '12/10/23 - in progress\n14/11/23: Complete').action.rating).toBe('complete');
    expect(rateRow('', 'Dec 23', 'Nov 23: on track\nOct 23: delayed').action.rating).toBe('green');
    expect(rateRow('', 'Dec 23', 'Update 14 Nov 2023 - delayed by estates\nUpdate 12 Oct 2023 - on track').action.rating).toBe('amber');
    expect(rateRow('', 'Dec 23', 'Update Nov 23:\nDelayed by estates\nUpdate Oct 23:\nOn track').action.rating).toBe('amber');
  });

  it('turns round only a log whose first entry is dated and whose dates fall, with years or without, keeping undated lines with the update above', () => {
    expect(latestLast(['14 Nov 23: delayed', 'awaiting sign-off', '12 Oct 23: on track'])).toEqual([
      '12 Oct 23: on track',
      '14 Nov 23: delayed',
      'awaiting sign-off',
    ]);
    expect(latestLast(['[01.12.2023] Closed', '[14.11.2023] Draft out'])).toEqual(['[14.11.2023] Draft out', '[01.12.2023] Closed']);
    const asWritten = [
      ['12/10/23 - held', '14/11/23 - circulated'],
      ['Done', '14/11/23 - circulated', '12/10/23 - held'],
      ['14/11/23 - circulated', 'Nov: agreed'],
      ['1.5 FTE recruited', '1.2 FTE in post'],
      ['14/11/23 - circulated', '12/10/23 - held', '20/11/23 - agreed'],
    ];
    for (const entries of asWritten) expect(latestLast(entries)).toBe(entries);
  });

  it('reads dates without a year the shorter way round the calendar, so January written above December is the newer', () => {
    expect(latestLast(['Update Nov: on track', 'Update Oct: delayed'])).toEqual(['Update Oct: delayed', 'Update Nov: on track']);
    expect(latestLast(['Jan update: delayed', 'Dec update: on track'])).toEqual(['Dec update: on track', 'Jan update: delayed']);
    expect(latestLast(['14/11 - delayed', '12/10 - on track'])).toEqual(['12/10 - on track', '14/11 - delayed']);
    const oldestFirst = ['Dec update: on track', 'Jan update: delayed'];
    expect(latestLast(oldestFirst)).toBe(oldestFirst);
    expect(rateRow('', 'Mar 24', 'Nov update:\nDelayed by estates\nOct update:\nOn track').action.rating).toBe('amber');
  });
});

describe('Excel\'s escaped line breaks left in the text ("_x000D_")', () => {
  it('split as the line breaks they stand for and never show in a step', () => {
    expect(splitEntries('Agree ToR_x000D_\nRecruit chair_x000D_\nFirst meeting')).toEqual(['Agree ToR', 'Recruit chair', 'First meeting']);
    expect(splitEntries('Done_x000D_On track')).toEqual(['Done', 'On track']);
    expect(splitEntries('On track_x000D_')).toEqual(['On track']);
  });

  it('keep an escaped underscore as an underscore, so "_x005F_x000D_" is the text "_x000D_"', () => {
    expect(splitEntries('Ref_x005F_x000D_ kept')).toEqual(['Ref_x000D_ kept']);
  });
});

describe('lists lettered with capitals', () => {
  it('splits "A)" and "(A)" lists as it splits "a)" ones, on one line or several', () => {
    expect(splitEntries('A) Agree ToR\nB) Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
    expect(splitEntries('A) Agree ToR B) Recruit chair C) First meeting')).toEqual(['Agree ToR', 'Recruit chair', 'First meeting']);
    expect(splitEntries('(A) Agree ToR (B) Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
  });

  it('keeps a capital with a full stop, which may be an initial', () => {
    expect(splitEntries('A. N. Other to lead')).toEqual(['A. N. Other to lead']);
  });
});

describe('sub-items indented under a numbered step', () => {
  it('are part of that step, as bullets under it are, so the steps after keep their dates', () => {
    const cell = '1. Agree ToR\n   a) draft\n   b) consult\n2. Recruit chair\n3. First meeting';
    expect(splitEntries(cell)).toEqual(['Agree ToR; draft; consult', 'Recruit chair', 'First meeting']);
    expect(splitEntries('Step 1: Agree ToR\n\ti. draft\nStep 2: Recruit chair')).toEqual(['Agree ToR; draft', 'Recruit chair']);
  });

  it('are items of their own when written flush, as a list that changes numbering', () => {
    expect(splitEntries('1. Draft\n2. Review\na. Publish\nb. Share')).toEqual(['Draft', 'Review', 'Publish', 'Share']);
  });
});

describe('lines pasted from emails and Teams, bulleted with emoji', () => {
  it('drops arrows, pointers and diamonds at the start of a line, as other bullets are dropped', () => {
    expect(splitEntries('👉 Agree ToR\n👉 Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
    expect(splitEntries('➡️ Agree ToR\n➡️ Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
    expect(splitEntries('🔹 Agree ToR\n🔸 Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
  });

  it('keeps ticks, ballot boxes and coloured circles, which say how a step is going, and arrows inside a line', () => {
    expect(splitEntries('✅ Agree ToR\n☐ Recruit chair')).toEqual(['✅ Agree ToR', '☐ Recruit chair']);
    expect(splitEntries('🟢 On track')).toEqual(['🟢 On track']);
    expect(splitEntries('Draft ➡ agree ➡ publish')).toEqual(['Draft ➡ agree ➡ publish']);
  });
});

describe('a deadline written into the step itself', () => {
  it('is found at the end of the step: after "by", in brackets, or after a dash or colon', () => {
    expect(stepDeadline('Agree ToR by end of Dec')).toBe('by end of Dec');
    expect(stepDeadline('Agree ToR no later than end of March 2024.')).toBe('no later than end of March 2024');
    expect(stepDeadline('Recruit chair (Jan 24)')).toBe('Jan 24');
    expect(stepDeadline('Recruit chair (by mid-Jan)')).toBe('by mid-Jan');
    expect(stepDeadline('Recruit chair - Jan 24')).toBe('Jan 24');
    expect(stepDeadline('First meeting: Q4')).toBe('Q4');
    expect(stepDeadline('Set up group by Feb Board 23')).toBe('by Feb Board 23');
  });

  it('is only ever a date and nothing else, so words that look like months are left alone', () => {
    for (const step of ['Agree ToR with partners', 'Recruit chair - may need support', 'Review by the board in March', 'Agree ToR (with partners)', 'Review results by March and agree actions']) {
      expect(stepDeadline(step)).toBeNull();
    }
  });
});

describe('a sentence broken over two lines by a paste, in a cell without list markers', () => {
  it('is one entry when the first line cannot end a phrase, so the steps after keep their dates', () => {
    expect(splitEntries('Agree ToR with the\nclinical leads\nRecruit chair')).toEqual(['Agree ToR with the clinical leads', 'Recruit chair']);
    expect(splitEntries('Awaiting sign-off from\nthe board')).toEqual(['Awaiting sign-off from the board']);
    expect(splitEntries('End of\nDecember')).toEqual(['End of December']);
  });

  it('is one entry under a lone numbered or bulleted item, or a step label, too', () => {
    expect(splitEntries('1. Agree ToR with\nclinical leads')).toEqual(['Agree ToR with clinical leads']);
    expect(splitEntries('- Agree ToR with the\nclinical leads\n\nOn track')).toEqual(['Agree ToR with the clinical leads', 'On track']);
    expect(splitEntries('NEW ACTION: Discuss with\nHealthwatch')).toEqual(['NEW ACTION: Discuss with Healthwatch']);
    expect(splitEntries('1. Agree ToR\nclinical leads')).toEqual(['Agree ToR', 'clinical leads']);
  });

  it('is joined whatever the letter case, as status reading must not depend on it', () => {
    expect(splitEntries('AWAITING SIGN-OFF FROM\nTHE BOARD')).toEqual(['AWAITING SIGN-OFF FROM THE BOARD']);
    expect(splitEntries('- DEFERRED TO\nDONE NOV:')).toEqual(['DEFERRED TO DONE NOV:']);
  });

  it('is left as written when the line could end there, or a blank line follows it', () => {
    expect(splitEntries('Done\non track')).toEqual(['Done', 'on track']);
    expect(splitEntries('Agree ToR,\nRecruit chair,')).toEqual(['Agree ToR,', 'Recruit chair,']);
    expect(splitEntries('Option A\nOption B')).toEqual(['Option A', 'Option B']);
    expect(splitEntries('Agree ToR with the\n\nclinical leads')).toEqual(['Agree ToR with the', 'clinical leads']);
  });
});

describe('a list written on one line with separators between its items', () => {
  it('leaves the semicolon or comma that ended each item out of it, so reasons quote the step cleanly', () => {
    expect(splitEntries('1. Agree ToR; 2. Recruit chair; 3. First meeting')).toEqual(['Agree ToR', 'Recruit chair', 'First meeting']);
    expect(splitEntries('a) Agree ToR, b) recruit chair, c) first meeting')).toEqual(['Agree ToR', 'recruit chair', 'first meeting']);
    expect(splitEntries('Action 1 – complete; Action 2 – on track')).toEqual(['complete', 'on track']);
    expect(splitEntries('• Agree ToR; • Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
  });
});
