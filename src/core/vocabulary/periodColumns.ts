/*
 * Words that make a header naming a period ("Q1 milestone", "Deliverables Q2 2024/25") a column
 * of what is due in that period, as a joint forward plan's delivery tracker lays its year out.
 * Lower case and singular, as normaliseHeader folds headers ("Milestones" reads "milestone").
 */

/** What such a column holds: milestones, deliverables, actions or steps due in its period. */
export const MILESTONE_HEADER_WORDS: readonly string[] = [
  'milestone', 'key milestone', 'deliverable', 'key deliverable', 'action', 'key action', 'step', 'next step',
  'activity', 'planned activity', 'output', 'plan', 'planned',
];

/** Words that make such a header a period's update instead ("Q1 progress against milestones"). */
export const UPDATE_HEADER_WORDS: readonly string[] = [
  'update', 'progress', 'position', 'commentary', 'comment', 'narrative', 'status', 'rag', 'rating', 'achieved',
];

/**
 * What a Gantt chart's cells hold where an action runs in a month or quarter ("X", a tick, a
 * dot): a mark, not a milestone's name. Lower case, as cells are folded to compare.
 */
export const TIMELINE_MARKS: readonly string[] = ['x', 'xx', 'xxx', '✓', '✔', '√', '●', '•', '■', '◼', '█', '▇', '*', 'y', 'yes', 'tick', '1', 'true'];

/**
 * What a Gantt chart's cells hold where an action does not run (an unticked box's FALSE, a dash,
 * "n/a"): as good as blank, neither a mark, nor a milestone's name, nor anything that would say the
 * columns are not a chart. Lower case, as TIMELINE_MARKS.
 */
export const TIMELINE_NO_MARKS: readonly string[] = ['false', '-', '–', '—', 'n/a', 'none', 'nil'];
