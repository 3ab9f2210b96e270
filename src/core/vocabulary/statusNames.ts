/*
 * The capitalised names of NHS schemes and policies that hold a status word (SPEC 4, round 32): "Was Not Brought
 * policy ratified" is a policy done, not a negation; "Red Bag scheme relaunch progressing" is no Red rating. Read by
 * status/names.ts, which masks them before an entry is read; matched as written here (case matters), since "not
 * brought to committee" or "moved from red to green" in lower case is a status.
 */

/** Names read as names wherever they are written with capitals, whatever follows them. */
export const SCHEME_NAMES: readonly string[] = [
  'Was Not Brought', 'Not Brought', 'Did Not Attend', 'Did Not Attends', 'Red Bag', 'Red Bags',
  'Red2Green', 'Red 2 Green', 'Red to Green', 'Red To Green', 'Green Plan', 'Amber Care Bundle', 'Amber Care',
];

/**
 * Nouns that make a run of capitalised words before them a name: "Red Bag scheme", "Was Not Brought policy". The
 * run must hold a RAG colour or "not" and a word that is no status word (status/names.ts).
 */
export const SCHEME_NOUNS: readonly string[] = [
  'scheme', 'schemes', 'policy', 'policies', 'bag', 'bags', 'plan', 'plans', 'bundle', 'bundles', 'care', 'programme',
  'program', 'pathway', 'pathways', 'approach', 'initiative', 'project', 'campaign', 'framework', 'toolkit', 'model',
  'protocol', 'procedure', 'guidance', 'guideline', 'guidelines', 'champions', 'champion', 'week', 'day', 'board', 'rounds',
];

/** The words of a name that are the status words it holds. */
export const NAME_STATUS_WORDS: readonly string[] = ['red', 'amber', 'green', 'not'];
