import { table } from './table';

/*
 * Round 11: "done but" and "done, more to come" wording from realistic NHS board and committee
 * trackers that read as a false Complete (SPEC 5.1 never downgrades Complete, so a false one hides
 * an open action), and audit-tracker closures left unread. Where SPEC 4 is silent, a comment says why
 * the class is the one a programme manager writing a board paper expects.
 */

describe('a part done, then more of the same work named as still to come, is work under way', () => {
  // More of the work heading a clause ("additional", "further", "other", "rest"), set for later by a
  // time, a schedule word or "TBC"/"next"/"to come", with no date needed.
  table([
    ['112 trained. Additional cohorts in Feb.', 'on_track'],
    ['Implemented in ED. Additional wards from March.', 'on_track'],
    ['Delivered; further cohorts in 2025/26', 'on_track'],
    ['Delivered in two localities, further sessions planned', 'on_track'],
    ['Pilot delivered on Ward 10. Further wards planned.', 'on_track'],
    ['Training delivered to ED; other areas TBC', 'on_track'],
    ['Rolled out to 3 sites, rest TBC', 'on_track'],
    ['Phase 1 complete; next phase TBC', 'on_track'],
    ['In place at main site; community sites next', 'on_track'],
    ['Training delivered - more sessions to come', 'on_track'],
    // The work's wider spread still to come after a pilot: "wider roll-out", "full implementation".
    ['Pilot completed. Evaluation awaited before wider roll-out.', 'on_track'],
  ]);
});

describe('a part done, then the rest not yet done, is work under way', () => {
  table([
    ['SOP approved, not yet circulated', 'on_track'],
    ['Posts approved; not yet recruited to', 'on_track'],
    ['Business case approved; posts not yet advertised', 'on_track'],
    // The later date doubted after it makes it at risk.
    ['Business case approved but ESN posts not yet advertised. Recruitment unlikely before April 2026.', 'at_risk'],
    // Money still to find after an approval holds the work up, as "funding not yet secured" does.
    ['Approved at QSC, but funding not yet identified', 'at_risk'],
  ]);
});

describe('a level short of the whole after a launch, or called short after a completion, is progress', () => {
  // After a launch or a step any level under 100% is the work being embedded; after a completion only a
  // level called short ("still", "only", "low"): "Complete; 95% compliance" stays complete (round 6).
  table([
    ['Module launched 1 October. 44% compliant at 10 Nov.', 'on_track'],
    ['Launched; uptake low at 20%', 'on_track'],
    ['Completed, but audit shows compliance still 60%', 'on_track'],
    ['Implemented - only 40% of wards using the tool', 'on_track'],
  ]);
});

describe('evidence judged not enough to close leaves the action open, short of closure', () => {
  table([['Evidence provided but insufficient to close', 'at_risk']]);
});

describe('audit trackers close a recommendation with the body named inside the closing words', () => {
  // "Withdrawn by ICB" stays unread (round 6): only an audit body withdrawing a recommendation closes it.
  table([
    ['Accepted by ARC for closure', 'complete'],
    ['Accepted by the Audit & Risk Committee for closure, Nov 24', 'complete'],
    ['Recommendation accepted by Audit Committee for closure', 'complete'],
    ['Withdrawn by IA', 'complete'],
    ['Withdrawn by internal audit', 'complete'],
    ['Management has decided to accept the risk', 'complete'],
    ['The Board decided to accept the risk', 'complete'],
    ['Agreed to accept the risk at ARC', 'complete'],
  ]);
});
