import { measure, measuresOf } from '../../../src/core/rollup/measures';
import { rollup, Rollup } from '../../../src/core/rollup/groups';
import { Tally } from '../../../src/core/rollup/tally';
import { defaultSettings } from '../../../src/core/settings';
import type { Group, Rating } from '../../../src/core/types';
import { action } from './fixtures';

const settings = defaultSettings('2023-09-30');
const RATINGS: Rating[] = ['complete', 'green', 'amber', 'red', 'not_rated'];

/** Actions with every rating, some with confidence or progress from the sheet. */
const actions = Array.from({ length: 40 }, (_, i) =>
  action(RATINGS[i % 5] ?? 'green', {
    objective: i % 3 === 0 ? null : `Objective ${i % 4}`,
    ambition: i % 2 === 0 ? `Ambition ${i % 5}` : null,
    confidence: i % 7 === 0 ? (i % 10) / 10 : null,
    progress: i % 6 === 0 ? 0.1 * (i % 9) : null,
    strategy: i % 4 === 0 ? 'People, Quality' : i % 5 === 0 ? 'quality; Estates' : null,
  }),
);

describe('Tally: a group\'s sums, one action at a time', () => {
  it('gives measure\'s answer, bit for bit, for any run of actions', () => {
    for (let n = 0; n <= actions.length; n += 7) {
      const tally = new Tally(settings);
      actions.slice(0, n).forEach((a) => tally.add(a));
      expect(measuresOf(tally, settings)).toEqual(measure(actions.slice(0, n), settings));
    }
  });
});

describe('Rollup: the roll-up built as actions are rated', () => {
  it('gives rollup\'s groups in rollup\'s order, with objectives and ambitions coming and going', () => {
    const groups = new Rollup(settings);
    actions.forEach((a) => groups.add(a));
    const built = finishAll(groups.finish());
    expect(JSON.stringify(built)).toBe(JSON.stringify(rollup(actions, settings)));
    expect(built.at(-1)?.actions).toBe(actions.length);
  });

  it('pauses every so many groups while it finishes them', () => {
    const groups = new Rollup(settings);
    actions.forEach((a) => groups.add(a));
    const pass = groups.finish(3);
    let pauses = 0;
    let step = pass.next();
    for (; step.done !== true; step = pass.next()) pauses += 1;
    expect(pauses).toBe(Math.floor((step.value.length - 1) / 3));
  });
});

function finishAll(pass: Generator<void, Group[], undefined>): Group[] {
  for (;;) {
    const step = pass.next();
    if (step.done === true) return step.value;
  }
}

describe('an action tracker\'s "% complete" column does not stand for its groups (SPEC 5.3)', () => {
  const tracked = [action('complete', { progress: 1 }), action('green', { progress: 0.2 }), action('red', { progress: 0.9 }), action('amber', { progress: 0.5 })];

  it('works progress out from ratings, (Complete + Green) ÷ rated, and confidence from the weights', () => {
    const m = measure(tracked, settings, false);
    expect(m.given).toBe(false);
    expect(m.progress).toBe(0.5);
    expect(m.confidence).toBe((100 + 100 + 0 + 50) / 400);
  });

  it('still carries a Table One\'s own figures through', () => {
    expect(measure(tracked, settings).progress).toBe((1 + 0.2 + 0.9 + 0.5) / 4);
  });

  it('rolls up an action sheet with a "% complete" column from its ratings', () => {
    const groups = new Rollup(settings, false);
    tracked.forEach((a) => groups.add(a));
    const finishing = groups.finish();
    let step = finishing.next();
    while (step.done !== true) step = finishing.next();
    expect(step.value.at(-1)?.progress).toBe(0.5);
  });
});
