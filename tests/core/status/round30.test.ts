import { table } from './table';

/*
 * Round 30, from the leftovers of the last reviews: a count of nought of a problem is no problem, and a
 * miss forecast only on a condition is a risk, whichever side of the miss the condition is written.
 */

describe('nought of a problem is no problem, the count written before or after it', () => {
  table([
    ['0 shifts uncovered', 'on_track'],
    ['Shifts uncovered: 0', 'on_track'],
    ['0 overdue incidents', 'on_track'],
    ['Overdue actions: 0', 'on_track'],
    ['Overdue actions - nil', 'on_track'],
    ['Nil overdue actions', 'on_track'],
    ['Zero breaches since September; 0 delayed discharges', 'on_track'],
    // A count above nought is still the problem, and a nought that is part of a number is no nought.
    ['3 overdue incidents', 'off_track'],
    ['Overdue actions: 10', 'off_track'],
    ['Overdue actions: 0.5 WTE', 'off_track'],
    ['Delayed 0-2 weeks', 'at_risk'],
  ]);
});

describe('a target, trajectory or milestone forecast to be missed is off track, and at risk only on a condition', () => {
  table([
    ['Will not meet the target', 'off_track'],
    ['Will not meet the March trajectory', 'off_track'],
    ['Will not meet the target without extra funding', 'at_risk'],
    ["Won't meet March milestone unless funding agreed", 'at_risk'],
    ['Unlikely to meet the deadline', 'off_track'],
    ['Unlikely to meet the deadline without extra funding', 'at_risk'],
    // The condition written first, or as the other choice.
    ['Without extra funding the target will be missed', 'at_risk'],
    ['Unless the post is filled, the deadline will be missed', 'at_risk'],
    ['Funding needed or the deadline will be missed', 'at_risk'],
    ['Deadline will be missed unless funding agreed', 'at_risk'],
    ['Target will be missed without additional staff', 'at_risk'],
    ['Will miss the March deadline without more staff', 'at_risk'],
    // Unconditional misses stay off track.
    ['The target will be missed', 'off_track'],
    ['Deadline will be missed', 'off_track'],
    ['Will miss the March deadline', 'off_track'],
    ['Without the post filled since June, the deadline was missed', 'off_track'],
  ]);
});
