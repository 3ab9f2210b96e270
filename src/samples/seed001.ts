/**
 * Seed 001: North East London ICS people and communities strategy, its standards for
 * participation. Text verbatim from /work/shared/seeds/001_7c465a458ee2b65b.txt.
 */

/** Each standard with its "We will …" sentence: [standard, action]. */
export const seed001Standards: ReadonlyArray<readonly [string, string]> = [
  ["Commitment", "We will develop an infrastructure of participation within our governance and leadership"],
  ["Collaboration", "We will work across the ICS and with our people and communities to deepen our collaboration"],
  ["Insight and evidence", "We will gather insight and evidence to inform our priorities and target our participation efforts"],
  ["Accessibility", "We will ensure that all people and communities are aware of and are supported to participate"],
  ["Responsiveness", "We will ensure that the impact of participation is clear to people, communities and partners"],
];
