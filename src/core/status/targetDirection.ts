import { FALLING_MEASURES, RISING_MEASURES } from '../vocabulary/statusShare';
import { DURATION_UNITS } from '../vocabulary/statusTargetLevels';

/*
 * Which way a measure is better, from the words of its clause (SPEC 4, round 31): up for compliance, access, pass
 * rates and delivery against plan; down for turnover, waits, deficits and times taken. A share "within" a time is a
 * standard met by that share ("referrals within 1 week: 58%"), better higher whatever it measures; a level counted in
 * days or weeks with no rising measure named is a time taken, better lower. Both directions named is no direction.
 */

const RISING: ReadonlySet<string> = new Set(RISING_MEASURES);
const FALLING: ReadonlySet<string> = new Set(FALLING_MEASURES);
const DURATION: ReadonlySet<string> = new Set(DURATION_UNITS);

/**
 * The direction in which the measure named by `words` (as clauseWords gives them) is better, given its level's unit
 * ('%', 'days', 'm', ''): 'rising', 'falling', or null when the words name none or both.
 * @example measureDirection(['nursing', 'turnover', '13', '2', 'vs'], '%') // 'falling'
 * @example measureDirection(['osce', 'pass', 'rate'], '%') // 'rising'
 * @example measureDirection(['urgent', 'referrals', 'within', '1', 'week'], '%') // 'rising'
 * @example measureDirection(['set', 'up', 'times'], 'days') // 'falling'
 * @example measureDirection(['cohort'], '') // null
 */
export function measureDirection(words: readonly string[], unit: string): 'rising' | 'falling' | null {
  if (unit === '%' && words.includes('within')) return 'rising';
  const rising = words.some((w) => RISING.has(w));
  const falling = words.some((w) => FALLING.has(w)) || (!rising && DURATION.has(unit));
  return rising === falling ? null : rising ? 'rising' : 'falling';
}
