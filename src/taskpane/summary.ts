import type { Report } from '../core/report';
import { percentLabel } from '../core/rollup';
import { NO_OBJECTIVE } from '../core/summary';
import type { Rating } from '../core/types';

/** One line of the roll-up as the pane shows it. */
export interface RollupRow {
  key: string;
  /** The tracker's sheet: with several trackers, the Summary view lists each one's groups under its name. */
  sheet: string;
  name: string;
  actions: number;
  progress: string;
  confidence: string;
  overall: Rating;
  /** Actions per rating, so an overall rating can be checked against what it is made of. */
  counts: Record<Rating, number>;
  /** Figures given on the sheet (a Table One's ambition, or a total of them): its rows are lines of the paper, not actions. */
  given: boolean;
}

// Rounded as the board paper rounds (half up, SPEC 5.3), so the pane and the paper agree.
const percent = (v: number | null): string => (v === null ? 'not rated' : percentLabel(v));

/**
 * The roll-up groups of every tracker, named by objective and ambition; a tracker's total is "All
 * actions", or with several trackers "All actions on" its sheet, since their groups may share names.
 */
export function rollupRows(report: Report): RollupRow[] {
  return report.trackers.flatMap((t) =>
    t.groups.map((g, i) => ({
      key: `${t.sheet}-${i}`,
      sheet: t.sheet,
      name: [g.objective, g.ambition].filter((x): x is string => Boolean(x)).join(' / ') || (i < t.groups.length - 1 ? NO_OBJECTIVE : report.trackers.length > 1 ? `All actions on ${t.sheet}` : 'All actions'),
      actions: g.actions,
      // The report gives 0 where no action is rated; the pane says so rather than show 0%.
      progress: g.counts.not_rated === g.actions ? percent(null) : percent(g.progress),
      confidence: percent(g.confidence),
      overall: g.overall,
      counts: { ...g.counts },
      given: g.given,
    })),
  );
}
