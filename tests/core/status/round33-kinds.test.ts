import { table } from './table';

/*
 * Round 33 (kinds), from a review of five new tracker kinds: a check's finding after its completion is the
 * check done; "not yet drafted" is the work not begun; numbered parts done with the next one set are under way;
 * a count of a programme's visits is its progress.
 */

describe("a figure after a check's completion is its finding, so the check is done", () => {
  table([
    ['Audit complete – 3 of 4 trusts compliant on fit notes', 'complete'],
    ['Audit completed – 78% received feedback within 10 days (target 100%).', 'complete'],
    ['Audit complete – 9 of 11 had external opinion', 'complete'],
    ['Review completed - 12 of 15 notes met the standard', 'complete'],
    ['Survey complete – 60% of staff responded', 'complete'],
    // The figure counts the check itself, or the work is not a check: part done.
    ['Audit complete – 3 of 4 wards audited', 'on_track'],
    ['Audit complete – 3 of 4 trusts', 'on_track'],
    ['Training complete – 3 of 4 cohorts trained', 'on_track'],
    ['98 of 113 items complete', 'on_track'],
    ['Audit of 2026 cases underway – 9 of 11 had external opinion', 'on_track'],
  ]);
});

describe('the first work on a deliverable denied is the work not begun, not off track', () => {
  table([
    ['Not yet drafted.', 'not_started'],
    ['Report not yet drafted.', 'not_started'],
    ['Not drafted', 'not_started'],
    ['Business case not yet drafted', 'not_started'],
    // A deadline missed or a word of delay still decides; "not yet complete" says only that the work is open.
    ['Not yet drafted; overdue', 'off_track'],
    ['Paper not yet drafted – deadline missed', 'off_track'],
    ['Not yet on track', 'off_track'],
    ['Not yet started.', 'not_started'],
    ['Drafted', 'on_track'],
  ]);
});

describe('numbered parts done with a later part set for a time to come are under way (the latest sentence wins)', () => {
  table([
    ['Cohort 1 & 2 completed (146 staff). Cohort 3 booked.', 'on_track'],
    ['Cohorts 1 and 2 completed. Cohort 3 booked for January.', 'on_track'],
    ['Waves 1-2 delivered; wave 3 due March', 'on_track'],
    ['Sessions 1, 2 and 3 delivered. Session 4 scheduled for Feb.', 'on_track'],
    // Nothing later of the same kind set, or the same part again: the parts said done stand.
    ['Cohort 1 & 2 completed (146 staff).', 'complete'],
    ['Cohort 1 & 2 completed. Refresher booked.', 'complete'],
    ['Phase 1 and 2 completed. Phase 2 evaluation scheduled.', 'complete'],
  ]);
});

describe("a count of an engagement programme's events is its progress, not the action closed", () => {
  table([
    ['14 visits completed since Aug 26; schedule to March agreed. Feedback themes to People Committee quarterly.', 'on_track'],
    ['14 visits completed', 'on_track'],
    ['3 drop-in sessions delivered', 'on_track'],
    ['8 walkabouts completed since June', 'on_track'],
    // The whole set, or one visit, is done.
    ['All 12 visits completed.', 'complete'],
    ['Site visit completed', 'complete'],
    ['Visit completed 12 Nov', 'complete'],
  ]);
});
