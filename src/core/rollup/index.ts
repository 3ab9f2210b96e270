/* Roll-ups of SPEC 5.3: counts, progress, confidence and overall rating per group. */
export * from './confidence';
export * from './groups';
export * from './measures';
export * from './percent';
export * from './tally';
