import { actionText, shortText } from '../../src/taskpane/model';
import { issuePlace } from '../../src/taskpane/quality';

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

describe('issuePlace', () => {
  it('names the row alone for an issue on no action’s row', () => {
    const report = { version: 1 as const, asOf: '2022-11-03', nextMeeting: null, trackers: [], issues: [] };
    expect(issuePlace({ sheet: 'Plan', cell: 'C5', severity: 'warning', code: 'x', message: '' }, report)).toBe('Row 5');
  });
});
