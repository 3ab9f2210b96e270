import { createParsers } from '../../../src/core/analyse/parsers';
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

  it('share one verdict, reason and all, between the lone steps of different actions', () => {
    const parsers = createParsers(defaultSettings('2022-11-03'));
    const reading = parsers.timeframeReading('End of Dec 22');
    const facts = { timeframeText: 'End of Dec 22', status: 'on_track' as const, statusRedated: false, override: null, index: 1, count: 1 };
    expect(reading.rate({ ...facts, text: 'Interviews' })).toBe(reading.rate({ ...facts, text: 'Develop options paper for THT Board' }));
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
