import { NOT_APPLICABLE_WORDS } from './columns';

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

/**
 * What a milestone column's cell holds where nothing is due that period ("N/A", "-", "None"):
 * no milestone, so no step. Lower case, matched as the whole entry.
 */
export const NO_MILESTONE_WORDS: readonly string[] = [
  ...NOT_APPLICABLE_WORDS, '-', '–', '—', 'none', 'nil', 'no milestone', 'no milestones', 'not required', 'nothing due',
];

/**
 * Phrases by which a row's one update says its plan is being kept ("On track", "Programme on
 * schedule"), so its milestones already past were met: work merely under way ("in progress")
 * is not enough. Lower case; a hyphen or space between words matches either.
 */
export const ON_PLAN_PHRASES: readonly string[] = [
  'on track', 'on target', 'on schedule', 'on plan', 'on trajectory', 'to plan', 'as planned', 'according to plan',
  'in line with plan', 'in line with the plan', 'in line with trajectory', 'ahead of plan', 'ahead of schedule',
  'ahead of trajectory', 'ahead of target', 'green',
];

/**
 * Words by which a row's one update reports an earlier milestone's period still outstanding
 * ("Year 1 outstanding", "Q1 milestone not yet met"), so that milestone stays open though the
 * update is about a later one. Lower case; matched as words in the clause naming the period.
 */
export const OUTSTANDING_PHRASES: readonly string[] = [
  'outstanding', 'not met', 'not yet', 'not delivered', 'not achieved', 'not complete', 'not completed', 'incomplete',
  'missed', 'still to', 'yet to', 'remains', 'remaining', 'carried over', 'carried forward', 'rolled over', 'slipped',
  'behind', 'overdue', 'delayed', 'late', 'unmet', 'not done', 'not finished', 'pending',
];
