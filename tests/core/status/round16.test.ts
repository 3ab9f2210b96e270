import { readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 16 (a fresh-eyes phrase review): failure said in words other than "not on track", a problem put
 * right, a follow-up after a completion, blocked work, risk in plain words, sign-off at a named meeting
 * and plain positives. Each "changes" table fails on the code before it; neighbours that must not move
 * are pinned beside them.
 */

describe('failure in other words: a delivery denied, a past-tense or "never" negation, a blocker', () => {
  table([
    ['Not delivered', 'off_track'],
    ['Savings not delivered in Q3', 'off_track'],
    ['Did not complete by deadline', 'off_track'],
    ['Was not completed', 'off_track'],
    ['Never delivered', 'off_track'],
    ['Not done', 'not_started'],
    ['Blocker: no estates capacity', 'off_track'],
    ['Key blockers remain with estates', 'off_track'],
  ]);
  table([
    ['Not yet delivered', 'unknown'],
    ['Has not been delivered', 'unknown'],
    ['Not yet done', 'unknown'],
    // Round 25 (reviewer11.test.ts): "Not completed" alone is at risk, never complete.
    ['Not completed', 'at_risk'],
    ['Was re-opened', 'unknown'],
    ['No blockers', 'on_track'],
    ['Was due in March - not yet done', 'off_track'],
  ]);
});

describe('a problem put right is the work going on, not the action closed', () => {
  table([
    ['Delays resolved', 'on_track'],
    ['IT issue resolved', 'on_track'],
    ['Risks resolved', 'on_track'],
    ['Risk of slippage has been mitigated', 'on_track'],
    ['Delayed due to IT issues. Now resolved and back on track.', 'on_track'],
  ]);
  table([
    ['Issue resolved', 'complete'], // a RAID log's row is the issue itself
    ['Resolved', 'complete'],
    ['Complaint resolved', 'complete'],
    ['Complete - all issues resolved', 'complete'],
  ]);
});

describe('a follow-up check or benefits after a completion leave it done; another part starting does not', () => {
  table([
    ['Complete.\n\nNote: further audit in Q1 26/27.', 'complete'],
    ['Complete. Further audit planned Q1.', 'complete'],
    ['Switch completed Sept. Savings on track.', 'complete'],
    ['Adalimumab complete. Ustekinumab switch starting Jan, over-delivery expected.', 'on_track'],
  ]);
  table([
    ['LocSSIP approved; compliance audit due December.', 'on_track'],
    ['Delivered in two localities, further sessions planned', 'on_track'],
    ['Savings on track', 'on_track'],
  ]);
});

describe('severity: blocked work, no progress, an explicit off track with a new date', () => {
  table([
    ['Unable to progress due to industrial action', 'off_track'],
    ['Unable to complete within timescale', 'off_track'],
    // No progress on an open action is the work held up, not yet to begin; after work under way it has stalled.
    ['No progress', 'at_risk'],
    ['No progress this quarter', 'at_risk'],
    ['Not progressed', 'at_risk'],
    ['Off track – now expected June', 'off_track'],
    ['Stood down due to OPEL 4', 'at_risk'],
  ]);
  table([
    ['Unable to progress until funding agreed', 'at_risk'],
    ['Cannot proceed until funding confirmed', 'at_risk'],
    ['Not started\nNo progress this month', 'not_started'],
    ['On track; escalated to COO as no progress with estates', 'off_track'],
    ["Complete for adults; no progress on the children's pathway", 'on_track'],
    ['Stood down', 'complete'],
    ['Action stood down', 'complete'],
    ['Not yet progressed', 'not_started'],
  ]);
  it('still reads the new date as a moved deadline', () => {
    expect(readStatus('Off track – now expected June').redated).toBe(true);
  });
});

describe('risk in plain words, sign-off at a named meeting, plain positives', () => {
  table([
    ['Risk to March deadline due to recruitment', 'at_risk'],
    ['Delivery challenged', 'at_risk'],
    ['Delivery is a concern', 'at_risk'],
    ['Awaiting sign-off at March Board', 'on_track'],
    ['Awaiting approval at QSC on 12 March', 'on_track'],
    ['Going to plan', 'on_track'],
    ['Close to completion', 'on_track'],
  ]);
  table([
    ['Not a concern', 'on_track'],
    ['Not going to plan', 'off_track'],
    ['Awaiting sign off', 'at_risk'],
    ['Awaiting funding at March Board', 'at_risk'],
    ['Awaiting CAB approval', 'at_risk'],
    ['Plan agreed; awaiting sign-off from ICB', 'at_risk'],
  ]);
});
