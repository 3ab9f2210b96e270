import { LEAD_MISSING_PHRASES } from './statusShortfall';

/*
 * Mitigation after a negative headline (SPEC 4, round 19): "Not on track, work underway to address", "Delayed -
 * work ongoing to recover position". A lead who rates the work off track or late and then says work is going on
 * reports how the problem is being handled, not that it is over: the negative stands. Only these weak words of
 * work going on yield; an explicit recovery ("back on track", "now on track", "on schedule again") still decides,
 * as does a later dated update in the same cell. Read by status/entryPhrase.ts.
 */

/** On-track phrases that only say work is going on, which a negative earlier in the entry outranks. */
export const MITIGATION_WORK: readonly string[] = [
  'in progress', 'under way', 'on going', 'progressing', 'proceeding', 'in hand', 'in train',
  'being developed', 'in development', 'under development', 'being progressed', 'being worked on',
  'being taken forward', 'taken forward', 'being drafted', 'drafting', 'being scoped', 'scoping',
  'in the process of', 'working towards', 'work continues', 'work continuing', 'progress being made',
  'making progress', 'progress continues', 'continuing to progress', 'continues to progress',
  'continuing to', 'continues to', 'is continuing', 'are continuing', 'and continuing',
];

/**
 * Words that put a negative in the past, so work going on after it is a recovery: "Was delayed, now progressing
 * well", "Previously overdue; now in progress". "Has been delayed" is still late, so "been" alone is not one.
 */
export const PAST_NEGATIVE_WORDS: readonly string[] = [
  'was', 'were', 'had', 'previously', 'formerly', 'originally', 'initially', 'earlier',
];

/**
 * At-risk phrases that give a reason or a wait, not a rating (round 22): after an off-track word they say why it is
 * off track, so it stands: "Stalled - no lead identified". A new date only waited for is in status/mitigation.ts.
 */
export const OFF_TRACK_REASONS: readonly string[] = [
  'no lead', 'lead to be identified', 'lead has left', 'lead left', 'post vacant',
  'capacity constraints', 'resource constraints', 'capacity issues', 'staffing issues', 'recruitment issues',
  'workforce issues', 'funding issues', 'capacity challenges', 'staffing challenges', 'recruitment challenges',
  'workforce challenges', 'funding challenges', 'issues with', 'problems with', 'difficulties with', 'impacted by',
  'hampered by', 'hindered by', 'no funding identified', 'no response', 'no reply', 'no suitable candidates', 'no suitable candidate',
  ...LEAD_MISSING_PHRASES,
];
