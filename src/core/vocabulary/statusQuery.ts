/*
 * A completion asked about or waiting on its proof (SPEC 4, round 22), read by status/query.ts beside the doubts
 * of ./statusGrammar (QUERY_BEFORE, REPORTED_BEFORE).
 */

/**
 * Words before a completion that ask whether it happened (round 22): "Lead to confirm whether complete". The
 * completion is the question, not a report, so it says nothing (status/query.ts).
 */
export const ASKED_BEFORE: readonly string[] = ['whether', 'if', 'whether or not'];

/**
 * Words before "that" and a completion that wait on its confirmation: "Awaiting confirmation that action is
 * complete" reports it done but unconfirmed, as "Complete? Awaiting confirmation" does (status/query.ts).
 */
export const AWAITED_PROOF: readonly string[] = [
  'awaiting confirmation', 'awaiting evidence', 'awaiting assurance', 'to confirm', 'to be confirmed', 'confirmation awaited',
  'pending confirmation', 'seeking confirmation', 'seeking assurance', 'confirmation requested', 'confirmation required',
  'confirmation needed', 'evidence requested', 'evidence required', 'assurance requested', 'assurance required', 'to evidence',
];
