import { readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 18, read at the start of a financial year: a completion word before a level short of its target,
 * a completion undone later in its sentence, and a trajectory re-set.
 */

describe('a completion word before a level short of the target beside it is at risk, not done', () => {
  table([
    ['Achieved 78% vs 85% target', 'at_risk'],
    ['Achieved 78% against 85% target', 'at_risk'],
    ['Achieved 78% (target 85%)', 'at_risk'],
    ['Achieved 92% - target 95%', 'at_risk'],
    ['Achieved 92% against target of 95%', 'at_risk'],
    ['Achieved 92%/95%', 'at_risk'],
    ['Delivered 78% vs 85% target', 'at_risk'],
    ['Achieved, 4 of 5', 'on_track'],
    // At or above its target, or with no target beside it, the completion reads as before.
    ['Achieved 96% vs 95% target', 'complete'],
    ['Achieved 95% (target 95%)', 'complete'],
    ['Achieved 78% of target', 'on_track'],
    ['Target met (87%)', 'complete'],
  ]);
});

describe('a completion undone later in its sentence is not complete', () => {
  table([
    ['Achieved in Q4 but not at year end', 'at_risk'],
    ['Achieved but not sustained', 'at_risk'],
    ['Target achieved in March but not sustained in April', 'at_risk'],
    ['Achieved YE target but not sustained in Q1', 'at_risk'],
    ['Achieved YE target, then dropped in April', 'at_risk'],
    ['Trajectory achieved in Q3 but then dipped in Q4', 'at_risk'],
    // Done, awaiting only the formality of closing: on track, not complete and not at risk.
    ['Complete but not yet signed off', 'on_track'],
    ['Delivered but not signed off', 'on_track'],
    // Done late or with difficulty is still done; "but not yet …" is more to do, read as before.
    ['Delivered, but not without difficulty', 'complete'],
    ['Completed but not on time', 'complete'],
    ['Implemented but not yet embedded', 'on_track'],
    ['Complete, not required any more', 'complete'],
    ['Achieved. Not sustained is a risk we will watch', 'complete'],
  ]);
});

describe('a trajectory re-set is slippage, re-dated', () => {
  table([
    ['Trajectory revised for 26/27', 'at_risk'],
    ['New trajectory agreed', 'at_risk'],
    ['Revised trajectory agreed with ICB', 'at_risk'],
  ]);
  it.each(['Trajectory revised for 26/27', 'New trajectory agreed'])('marks %j re-dated', (text) => {
    expect(readStatus(text).redated).toBe(true);
  });
});
