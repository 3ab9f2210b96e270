import type { Report } from '../core/report';
import type { Settings } from '../core/settings';
import { percentLabel } from '../core/rollup';
import { NO_OBJECTIVE } from '../core/summary';
import type { Rating } from '../core/types';

/** One line of the roll-up as the pane shows it. */
export interface RollupRow {
  key: string;
  name: string;
  actions: number;
  progress: string;
  confidence: string;
  overall: Rating;
  /** Actions per rating, so an overall rating can be checked against what it is made of. */
  counts: Record<Rating, number>;
}

// Rounded as the board paper rounds (half up, SPEC 5.3), so the pane and the paper agree.
const percent = (v: number | null): string => (v === null ? 'not rated' : percentLabel(v));

/** The roll-up groups of every tracker, named by objective and ambition. */
export function rollupRows(report: Report): RollupRow[] {
  return report.trackers.flatMap((t) =>
    t.groups.map((g, i) => ({
      key: `${t.sheet}-${i}`,
      name: [g.objective, g.ambition].filter((x): x is string => Boolean(x)).join(' / ') || (i < t.groups.length - 1 ? NO_OBJECTIVE : report.trackers.length > 1 ? t.sheet : 'All actions'),
      actions: g.actions,
      // The report gives 0 where no action is rated; the pane says so rather than show 0%.
      progress: g.counts.not_rated === g.actions ? percent(null) : percent(g.progress),
      confidence: percent(g.confidence),
      overall: g.overall,
      counts: { ...g.counts },
    })),
  );
}

/**
 * How a group's Overall is worked out, in one sentence, by the workbook's roll-up rule (SPEC 5.3,
 * overallRating): under "worst" a single Red action makes the group Red, which a reader seeing
 * "Overall: Red" beside one Red action in eighteen needs told.
 * @example overallKey(defaultSettings('2022-11-03')) // 'Overall is the worst rating in the group: any Red action makes it Red, …'
 */
export function overallKey(settings: Pick<Settings, 'rollupRule' | 'confidenceThresholds'>, tableOne = false): string {
  const { green, amber } = settings.confidenceThresholds;
  const byConfidence = `Green at ${green}% or more, Amber at ${amber}% or more, else Red`;
  if (settings.rollupRule !== 'worst') return `Overall goes by the group's confidence: ${byConfidence}; Complete when every action is complete.`;
  // A Table One's ambitions have no rated actions, only the sheet's figures: they go by those.
  const given = tableOne ? ` A group with no rated actions goes by the confidence given on the sheet: ${byConfidence}.` : '';
  return `Overall is the worst rating in the group: any Red action makes it Red, else any Amber makes it Amber, else Green; Complete when every action is complete.${given}`;
}
