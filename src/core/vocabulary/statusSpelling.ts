/*
 * Short status words typed with one slip (status/spelling.ts, round 17): "On trak", "Doen", "Dely".
 * Words of four or five letters lie close to other real words, so only these, whose slips were
 * checked one by one, are put right, and only by a swap of neighbouring letters or a letter dropped,
 * never the first: a letter added makes real words of them ("later", "lathe", "risky", "holds"),
 * and a changed one does too ("done"/"none", "late"/"date"). Not "start" ("stat", "star") nor "open".
 */

/** Status words of four or five letters whose one-slip forms are put right. */
export const SHORT_STATUS_WORDS: readonly string[] = ['track', 'done', 'late', 'delay', 'risk', 'hold', 'green', 'begun'];

/** Slips of those words that are real words of their own, so never put right ("Tack" is no "track"). */
export const SHORT_SLIP_WORDS: readonly string[] = ['tack', 'gree'];
