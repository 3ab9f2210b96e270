/*
 * Short status words typed with one slip (status/spelling.ts, round 17): "On trak", "Doen", "Dely".
 * Words of four or five letters lie close to other real words, so only these, whose slips were
 * checked one by one, are put right, and only by a swap of neighbouring letters or a letter dropped,
 * never the first, or a letter doubled ("On traack"; "latte" and "donee" are words): any other letter added makes
 * real words of them ("later", "lathe", "risky", "holds"),
 * and a changed one does too ("done"/"none", "late"/"date"). Not "start" ("stat", "star") nor "open".
 */

/** Status words of four or five letters whose one-slip forms are put right. */
export const SHORT_STATUS_WORDS: readonly string[] = ['track', 'done', 'late', 'delay', 'risk', 'hold', 'green', 'begun'];

/** Slips of those words that are real words of their own, so never put right ("Tack" is no "track"). */
export const SHORT_SLIP_WORDS: readonly string[] = ['tack', 'gree', 'latte', 'donee'];

/** Status words cut short as trackers write them ("On trk"), put right only in a short entry: none is a word of its own. */
export const STATUS_ABBREVIATIONS: Readonly<Record<string, string>> = { trk: 'track' };

/**
 * Two consonants that begin English words. A status word with its second letter (a vowel) dropped begins with two
 * consonants that no word does ("Cmplete", "Dlayed"), so it is put right; one beginning with these may be a word.
 */
export const WORD_ONSETS: readonly string[] = [
  'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'dw', 'fl', 'fr', 'gl', 'gn', 'gr', 'kn', 'ph', 'pl', 'pr', 'ps', 'sc', 'sh', 'sk',
  'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th', 'tr', 'tw', 'wh', 'wr', 'sq', 'kr', 'kl', 'vr', 'zh', 'ts', 'pn', 'rh', 'gh',
];
