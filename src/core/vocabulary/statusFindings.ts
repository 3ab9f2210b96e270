/*
 * What a check's finding says of the items it looked at (status/result.ts): "Audit complete – 9 of 11
 * had external opinion", "Audit completed – 78% received feedback within 10 days". A figure followed by
 * one of these is the check's result, not a share of the check done. Words as status/clauseWords.ts reads them.
 * Not a verb of the work itself ("3 of 4 wards audited"), which is the check part done.
 */
export const FINDING_VERBS: readonly string[] = [
  'had', 'has', 'have', 'received', 'receiving', 'responded', 'showed', 'shows', 'showing', 'were', 'was', 'are', 'is',
  'meet', 'meeting', 'failed', 'fail', 'breached', 'documented', 'evidenced', 'recorded', 'offered', 'seen',
];
