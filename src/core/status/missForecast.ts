import type { StatusClass } from '../types';
import { MEET_DENIALS, MEET_TARGETS } from '../vocabulary/statusCourse';
import { apostropheAlternation } from './alternation';

/*
 * A deadline or target the lead forecasts will be missed (SPEC 4, rounds 27, 29 and 30): off track, unless the
 * miss hangs on a condition, written after it ("Will not meet the deadline without extra funding") or before it
 * ("Without extra funding the target will be missed", "Funding needed or the deadline will be missed"): at risk;
 * under way once the condition is said met ("…; funding now agreed"); off track again once it fails ("bid declined").
 */

const alt = apostropheAlternation;
const END = '(?![\\p{L}])';
const TARGETS = alt(MEET_TARGETS);
/** "Will not meet the March deadline", "Will miss the target", "The deadline will be missed". */
const MISS = new RegExp(
  [
    `(?:${alt(MEET_DENIALS)})\\s+meet\\s+(?:the\\s+|its\\s+|this\\s+|our\\s+)?(?:[\\p{L}\\d/-]+\\s+){0,3}?(?:${TARGETS})${END}`,
    `will\\s+miss\\s+(?:the\\s+|its\\s+|this\\s+|our\\s+)?(?:[\\p{L}\\d/-]+\\s+){0,3}?(?:${TARGETS})${END}`,
    `(?:${TARGETS})\\s+(?:will|would|is\\s+(?:likely|going)\\s+to)\\s+be\\s+missed${END}`,
  ].map((p) => `(?<![\\p{L}])${p}`).join('|'),
  'iu',
);

/** "… without extra funding", "… unless the post is filled": the miss hangs on a condition. */
const CONDITION_AFTER = /^\s*(?:[,–—-]\s*)?(?:without|unless|if\s+not|until)\s/i;
/** "Without extra funding, …", "Unless the post is filled …", "Funding needed or …": a condition opening the miss's sentence. */
const CONDITION_BEFORE = /(?:^|[.;!?\n]\s*)(?:(?:without|unless)\s[^.;!?\n]{1,80}|[^.;!?\n]{1,80}\s(?:or|otherwise)\s+(?:the\s+|its\s+)?)$/i;
/** The condition then said met, later in the entry: "funding now agreed", "post has since been filled". */
const CONDITION_MET = /(?<![\p{L}])(?:now|(?:has|have)\s+(?:now\s+|since\s+)?been|was|were)\s+(?:now\s+)?(?:agreed|secured|approved|confirmed|received|granted|filled|in\s+place|resolved)(?![\p{L}])/iu;
/** The condition then said failed: "funding request declined", "bid rejected", "not approved". */
const CONDITION_FAILED = /(?<![\p{L}])(?:declined|rejected|refused|turned\s+down|unsuccessful|not\s+(?:been\s+)?(?:agreed|approved|secured|granted|confirmed|funded))(?![\p{L}])/iu;

/** A forecast miss found in an entry: where it is, and what it says. */
export interface ForecastMiss {
  index: number;
  end: number;
  status: StatusClass;
}

/**
 * The forecast miss in `text`, if any, with its class.
 * @example forecastMiss('Will not meet March deadline')?.status // 'off_track'
 * @example forecastMiss('Without extra funding the target will be missed')?.status // 'at_risk'
 * @example forecastMiss('Will not meet the deadline without extra funding; funding now agreed')?.status // 'on_track'
 */
export function forecastMiss(text: string): ForecastMiss | null {
  const m = MISS.exec(text);
  if (m === null) return null;
  const end = m.index + m[0].length;
  const after = text.slice(end);
  const conditional = CONDITION_AFTER.test(after) || CONDITION_BEFORE.test(text.slice(0, m.index));
  const status: StatusClass = !conditional || CONDITION_FAILED.test(after) ? 'off_track' : CONDITION_MET.test(after) ? 'on_track' : 'at_risk';
  return { index: m.index, end, status };
}
