/*
 * Later stages of delivery named with only a time after them, after a stage done (SPEC 4):
 * "Build complete; testing in Dec", "Training complete; go-live in March" say the action goes
 * on, as "teaching sessions planned for January" does with a schedule word (statusSchedule.ts).
 */

/**
 * Stages that come after others in delivering a change, as they head a clause: "testing in
 * Dec", "roll-out from Jan", "training w/c 4 Nov". Not an audit, a review or an evaluation, which
 * check work once it is closed ("audit in 12 months to confirm embedded"), nor a pilot or build,
 * which as often name when a part done was done ("Complete; pilot in March").
 * "Go-live" and "kick-off" are matched as one word, "roll out" as two (see status/clauseWords.ts).
 */
export const LATER_STAGES: readonly string[] = [
  'testing', 'uat', 'golive', 'kickoff', 'roll out', 'rollout', 'training', 'teaching', 'implementation',
  'launch', 'deployment', 'installation', 'migration', 'cutover', 'cut over', 'switchover', 'handover',
  'hand over', 'transition', 'mobilisation', 'mobilization', 'onboarding', 'phase', 'stage',
  // The people recruited taking up post: "Posts appointed to, start dates Jan and Feb", "in post from May".
  'start', 'in post',
];

/**
 * Words that set a stage at a time when a time follows them: "testing in Dec", "roll-out from
 * Jan", "go-live on 1 April", "training w/c 4 Nov" ("w/c" read as "wc"), "testing by March".
 */
export const STAGE_TIME_LEADS: readonly string[] = [
  'in', 'from', 'on', 'by', 'wc', 'during', 'starting', 'commencing', 'beginning', 'early', 'mid', 'late', 'end', 'next',
  'date', 'dates',
];

/** Words that may stand between a stage and its time: "phase 2 from April", "testing of the new system in Dec" is not read. */
export const STAGE_DESIGNATORS: RegExp = /^(?:\d{1,2}|[ivx]{1,3}|[a-c]|one|two|three|four)$/;

/** A stage after one of these is not what the clause is about: "compliance with training in March". */
export const STAGE_NOT_HEAD: readonly string[] = ['with', 'of', 'for', 'in', 'on', 'at', 'by', 'from', 'to', 'after', 'before'];

/**
 * Words heading a clause that name the rest of the places or people still to reach, which with a
 * time after them are a later stage too: "Rolled out to ED; other areas from January", "Live in
 * two hubs, rest of the trust by March" ("remaining" is read apart, as work left: REMAINING_PHRASES).
 */
export const LATER_PARTS: readonly string[] = ['other', 'rest', 'remainder'];

/**
 * Stages that come after work set running, read as LATER_STAGES are only after a step (an event:
 * "launched", "live on two wards", "undertaken"): "Pilot live on two wards, evaluation in March" is
 * the pilot going on, while "Pilot completed, evaluation in March" stays done (round 17).
 */
export const AFTER_STEP_STAGES: readonly string[] = ['evaluation', 'evaluations'];
