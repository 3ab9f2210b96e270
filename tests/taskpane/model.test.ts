import { actionText, shortText } from '../../src/taskpane/model';
import { issuePlace } from '../../src/taskpane/quality';
import { overallKey } from '../../src/taskpane/summary';

describe('actionText', () => {
  it("names an action by its own text, else its first step's, else its row", () => {
    const step = (text: string) => ({ text });
    expect(actionText({ action: ' Publish it ', steps: [], row: 4 })).toBe('Publish it');
    expect(actionText({ action: '', steps: [step(''), step('Draft the plan')], row: 4 })).toBe('Draft the plan');
    expect(actionText({ action: '  ', steps: [], row: 9 })).toBe('Row 9');
  });
});

describe('shortText', () => {
  it('cuts a paragraph at a word, and leaves a short line alone', () => {
    expect(shortText('Publish the engagement strategy with every partner', 20)).toBe('Publish the…');
    expect(shortText('Publish it')).toBe('Publish it');
  });
});

describe('overallKey', () => {
  it('says how Overall is worked out under each roll-up rule', () => {
    const thresholds = { green: 90, amber: 60 };
    expect(overallKey({ rollupRule: 'worst', confidenceThresholds: thresholds })).toBe(
      'Overall is the worst rating in the group: any Red action makes it Red, else any Amber makes it Amber, else Green; Complete when every action is complete.',
    );
    expect(overallKey({ rollupRule: 'confidence', confidenceThresholds: thresholds })).toBe("Overall goes by the group's confidence: Green at 90% or more, Amber at 60% or more, else Red; Complete when every action is complete.");
  });
});

describe('issuePlace', () => {
  it('names the row alone for an issue on no action’s row', () => {
    const report = { version: 1 as const, asOf: '2022-11-03', nextMeeting: null, trackers: [], issues: [] };
    expect(issuePlace({ sheet: 'Plan', cell: 'C5', severity: 'warning', code: 'x', message: '' }, report)).toBe('Row 5');
  });
});
