import { createParsers } from '../../../src/core/analyse/parsers';
import { ruleCode, TimeframeReading } from '../../../src/core/analyse/verdicts';
import { parseTimeframe } from '../../../src/core/timeframe';
import { rateStep, stepRule } from '../../../src/core/rating';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { Rating, StatusClass } from '../../../src/core/types';

const STATUSES: StatusClass[] = ['complete', 'on_track', 'at_risk', 'off_track', 'not_started', 'unknown'];
const OVERRIDES: (Rating | null)[] = [null, 'red', 'amber', 'green', 'complete', 'not_rated'];
// Seed 004's time frames, and none at all.
const TIMEFRAMES: (string | null)[] = ['End of Nov 22', 'Mid Nov', '5/1/23', 'Feb Board 23', 'TBC', 'Q4 2023/24', 'On-going following board decision', 'Dec 22 - moved to Feb 23', null];
const STEPS = ['Draft and circulate Job Description', 'Review of other models and options (e.g. Foundation Trust governing bodies)', 'Interviews'];

function everyStep(settings: Settings): void {
  const parsers = createParsers(settings);
  for (const timeframeText of TIMEFRAMES) {
    const reading = parsers.timeframeReading(timeframeText ?? '');
    for (const status of STATUSES) {
      for (const override of OVERRIDES) {
        for (const statusRedated of [false, true]) {
          for (const [index, count] of [[1, 1], [1, 3], [2, 3], [3, 3]] as const) {
            for (const text of STEPS) {
              const facts = { text, timeframeText, status, statusRedated, override, index, count };
              expect(reading.rate(facts)).toEqual(rateStep({ ...facts, timeframe: reading.timeframe }, settings));
            }
          }
        }
      }
    }
  }
}

describe('step verdicts, remembered per time frame for a refresh', () => {
  it('are the verdicts rateStep gives, for every rule, position and step text', () => {
    everyStep(defaultSettings('2022-11-03'));
    everyStep({ ...defaultSettings('2022-11-30'), undatedRating: 'amber', nextMeeting: { date: '2022-12-14', name: 'ELG December 22' } });
  });

  it('share one reason between the lone steps of different actions: the sentence is built once', () => {
    const settings = defaultSettings('2022-11-03');
    const budget = { left: 10 };
    const reading = new TimeframeReading(parseTimeframe('End of Dec 22', settings.asOf), settings, budget);
    const facts = { timeframeText: 'End of Dec 22', status: 'on_track' as const, statusRedated: false, override: null, index: 1, count: 1 };
    const first = reading.rate({ ...facts, text: 'Interviews' });
    expect(reading.rate({ ...facts, text: 'Develop options paper for THT Board' })).toEqual(first);
    expect(budget.left).toBe(9);
  });

  it('find a listed step by its text\'s number as they find it by its text, up to eight steps and past them', () => {
    const settings = defaultSettings('2022-11-03');
    const reading = new TimeframeReading(parseTimeframe('Mid Nov', settings.asOf), settings, { left: 1000 });
    const byText = new TimeframeReading(parseTimeframe('Mid Nov', settings.asOf), settings, { left: 1000 });
    for (const [textId, text] of STEPS.entries()) {
      for (const [index, count] of [[1, 2], [2, 2], [3, 8], [8, 8], [2, 9], [9, 9]] as const) {
        for (const status of STATUSES) {
          const code = ruleCode(status, null, false, false);
          const rule = reading.ruleAt(code, 'Mid Nov', status, false, null);
          const reason = reading.reasonAt(code, rule, text, textId, index, count);
          expect(reason).toBe(byText.rate({ text, timeframeText: 'Mid Nov', status, statusRedated: false, override: null, index, count }).reason);
          // Asked again, the same sentence comes back from the cache.
          expect(reading.reasonAt(code, rule, text, textId, index, count)).toBe(reason);
        }
      }
    }
  });

  it('stop keeping reasons when the budget is spent, and still give them', () => {
    const settings = defaultSettings('2022-11-03');
    const budget = { left: 1 };
    const reading = new TimeframeReading(parseTimeframe('Mid Nov', settings.asOf), settings, budget);
    const facts = { timeframeText: 'Mid Nov', status: 'unknown' as const, statusRedated: false, override: null, count: 3 };
    const reasons = STEPS.map((text, i) => reading.rate({ ...facts, text, index: i + 1 }).reason);
    expect(budget.left).toBe(0);
    expect(reasons).toEqual(STEPS.map((text, i) => rateStep({ ...facts, text, index: i + 1, timeframe: reading.timeframe }, settings).reason));
  });

  it('name a listed step in the reason: "step 2 of 3" and its text', () => {
    const parsers = createParsers(defaultSettings('2022-11-03'));
    const verdict = parsers.timeframeReading('Mid Nov').rate({ text: 'Review and design recruitment process', timeframeText: 'Mid Nov', status: 'complete', statusRedated: false, override: null, index: 2, count: 3 });
    expect(verdict.reason).toBe('Complete: step 2 of 3 "Review and design recruitment process" is marked complete.');
  });
});

describe('stepRule: a step\'s verdict before the step is named', () => {
  it('gives the rating and focus rateStep gives, and its reason once the step is named', () => {
    const timeframe = { kind: 'month' as const, start: '2022-11-01', end: '2022-11-30', redated: false };
    const rule = stepRule({ timeframe, timeframeText: 'End of Nov 22', status: 'unknown', statusRedated: false, override: null }, defaultSettings('2022-12-05'));
    expect(rule.rating).toBe('red');
    expect(rule.reason('the action')).toBe('Red: the action was due 30 Nov 2022 and is 5 days overdue.');
  });
});
