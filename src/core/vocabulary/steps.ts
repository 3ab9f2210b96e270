/**
 * Labels that trackers put in front of a next step to say it is new or has been rewritten
 * (seed 004: "<b>NEW ACTION:</b> Discuss with Healthwatch…", "<b>Revised Action:</b> …").
 * Each is a word before "action"; the label ends with a colon or a dash.
 */
export const NEW_ACTION_WORDS: readonly string[] = ['new', 'additional', 'added'];

export const REVISED_ACTION_WORDS: readonly string[] = ['revised', 'amended', 'updated', 'changed'];

/**
 * Characters that only ever mean "a new bullet", so a cell flattened onto one line
 * ("• Draft plan • Consult staff") is still split at them. Hyphens and dashes are not here:
 * inside a line they join words ("Late Feb to Late March - dependant on workshop format").
 */
export const STRONG_BULLETS = '•▪◦●■‣⁃➢►▸';

/** Characters that are a bullet only at the start of a line or entry. */
export const WEAK_BULLETS = '-–—*·';
