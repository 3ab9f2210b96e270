import type { StatusClass } from '../types';
import { AMOUNT_UNITS } from '../vocabulary/statusShare';
import { DURATION_UNITS, TALLY_DONE_WORDS, TARGET_LEVEL_WORDS, TARGET_OWNERS, UPPER_BOUND_WORDS, WORSENING_WORDS } from '../vocabulary/statusTargetLevels';
import { phraseAlternation } from './alternation';
import { clauseWords } from './clauseWords';
import { measureDirection } from './targetDirection';
import { sideOfTarget } from './targetSide';

/*
 * A level measured against its target, for any measure whose direction the clause says (SPEC 4, round 31): target.ts
 * reads a percentage of a rising measure; this reads amounts, counts, rates and times too, and falling measures, where
 * above the target is the bad side ("Nursing turnover 13.2% vs 12% target", "52 week waits 1,420 vs trajectory 1,100").
 * The wrong side is at risk, as target.ts has it; off track only when the target is nought (any count of a problem
 * above a zero target is the target failed, "12 breaches against zero target") or the entry says the gap is adverse
 * or widening. "72% of target" is a share of the target reached.
 */

const TW = `(?:${phraseAlternation(TARGET_LEVEL_WORDS)})`;
const OWNERS = `(?:(?:${phraseAlternation(TARGET_OWNERS)})\\s+){0,2}`;
const UNIT = `(?:%|per\\s?cent|${Object.keys(AMOUNT_UNITS).join('|')}|${DURATION_UNITS.join('|')})`;
/** A figure: "£8.4m", "1,420", "13.2%", "98 days"; not a part of a word or a date ("M8", "Q3", "01/12"); groups: number, unit. */
const FIGURE = `(?<![\\p{L}\\d.,/])[£$€]?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(${UNIT})?(?![\\p{L}\\d/])`;
const COMPARED = '(?:against|vs\\.?|versus|v\\.?|compared\\s+(?:to|with))';
/** The target after a comparison word: "vs plan £9.8m", "vs 40 day target", "against zero target", "vs 66.7%". */
const AFTER_WORD = new RegExp(
  `(?<![\\p{L}])${COMPARED}\\s+${OWNERS}(?:(${TW})\\s*(?:of|is|:|=|at)?\\s*${FIGURE}|${FIGURE}(?:\\s*-?\\s*[\\p{L}-]+){0,2}?\\s*(${TW})(?![\\p{L}])|(zero|nil)\\s+(${TW})(?![\\p{L}])|${FIGURE})`,
  'giu',
);
/** The target after a mark: "86% (target 85%)", "61% - 60% target". The target word must be there. */
const AFTER_MARK = new RegExp(`[(\\-–—:,]\\s*${OWNERS}(?:(${TW})\\s*(?:of|is|:|=)?\\s*${FIGURE}|${FIGURE}\\s*(${TW})(?![\\p{L}]))`, 'giu');
/** A share of the target reached: "72% of target", "85% of CIP target", "75% of plan". */
const SHARE_OF = new RegExp(`${FIGURE}\\s+of\\s+(?:(?:the|our)\\s+)?(?:[\\p{L}]+\\s+)?(${TW})(?![\\p{L}])`, 'iu');
const LEVEL_BEFORE = new RegExp(FIGURE, 'giu');
const SENTENCE_END = /[;!?|\n\r\u2028•]|\.(?!\d)/;
const UPPER: ReadonlySet<string> = new Set(UPPER_BOUND_WORDS);
/** A completion word in the few words before a level, or between it and its target: a tally done, not a level. */
const TALLY = new RegExp(`(?<![\\p{L}])(?:${TALLY_DONE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const WORSENING = new RegExp(`(?<![\\p{L}])(?:${WORSENING_WORDS.join('|')})(?![\\p{L}])`, 'iu');

interface Figure {
  value: number;
  unit: string;
  /** Said to be "only" so much: the lead's own word that it falls short. */
  only?: boolean;
  /** A completion word beside it: a tally of work done (TALLY). */
  tally?: boolean;
}

function figure(number: string | undefined, unit: string | undefined): Figure | null {
  if (number === undefined) return null;
  const u = (unit ?? '').toLowerCase().replace(/\s+/g, '');
  return { value: Number(number.replace(/,/g, '')) * (AMOUNT_UNITS[u] ?? 1), unit: u === 'percent' ? '%' : u };
}

/** The level a comparison at `at` in `clause` measures: the last figure before it, not a rate's base ("14 per 100"). */
function levelBefore(clause: string, at: number): Figure | null {
  const before = clause.slice(Math.max(0, at - 60), at);
  let last: Figure | null = null;
  LEVEL_BEFORE.lastIndex = 0;
  for (let m = LEVEL_BEFORE.exec(before); m !== null; m = LEVEL_BEFORE.exec(before)) {
    const lead = before.slice(0, m.index);
    const found = /per\s*$/i.test(lead) ? null : figure(m[1], m[2]);
    const near = lead.split(/\s+/).slice(-4).join(' ') + before.slice(m.index);
    if (found !== null) last = { ...found, only: /(?<![\p{L}])only\s*$/iu.test(lead), tally: TALLY.test(near) };
  }
  return last;
}

/** The target and its word in one clause, with the level before it; null when there is no such pair. */
function pairIn(clause: string): { level: Figure; target: Figure; word: string } | null {
  for (const pattern of [AFTER_WORD, AFTER_MARK]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
      const g = m.slice(1);
      const bare = pattern === AFTER_WORD && g[8] !== undefined;
      const zero = pattern === AFTER_WORD && g[6] !== undefined;
      const target = zero ? { value: 0, unit: '' } : figure(g[1] ?? g[3] ?? g[8], g[2] ?? g[4] ?? g[9]);
      const word = (g[0] ?? g[5] ?? g[7] ?? (bare ? clause.match(new RegExp(`(?<![\\p{L}])${TW}(?![\\p{L}])`, 'iu'))?.[0] : undefined) ?? '').toLowerCase();
      const level = levelBefore(clause, m.index);
      if (target === null || level === null || level.tally === true || word === '') continue;
      return { level, target, word };
    }
  }
  return null;
}

/** True when two figures measure alike: both percentages or neither, a target of nought alike with any. */
function alike(level: Figure, target: Figure): boolean {
  return target.value === 0 || (level.unit === '%') === (target.unit === '%');
}

/**
 * True when `text` says a level's gap from its target widens or is adverse ("deteriorating", "backlog growing").
 * @example gapWidens('62-day performance 58% against 75% target; backlog growing') // true
 */
export const gapWidens = (text: string): boolean => WORSENING.test(text);

/**
 * The class a level against its target gives, for a measure whose direction its clause names, from the first clause
 * that sets one against one: at_risk on the wrong side of it (off_track at a target of nought, or with the gap said
 * adverse or widening in the entry), on_track at it or on the right side; null when none does.
 * @example levelVersusTarget('Nursing turnover 13.2% vs 12% target') // 'at_risk'
 * @example levelVersusTarget('Recruitment to NIHR portfolio studies 1,240 YTD vs 1,100 target') // 'on_track'
 * @example levelVersusTarget('78ww breaches: 12 at M8 against zero target') // 'off_track'
 * @example levelVersusTarget('CYP access 72% of target') // 'at_risk'
 * @example levelVersusTarget('only 72% vs 90% required') // 'at_risk'
 * @example levelVersusTarget('12-hour waits remain above 2% threshold') // 'at_risk'
 * @example levelVersusTarget('Cohort 12 vs cohort 10') // null
 */
export function levelVersusTarget(text: string): StatusClass | null {
  if (!/\d|above|below|under|over|exceed/i.test(text)) return null;
  const worse = WORSENING.test(text);
  for (const raw of text.split(SENTENCE_END)) {
    // "M8", "Q3", "wave12": a figure fused to a word is a name, masked so it is never read as a level.
    const clause = raw.replace(/(?<=\p{L})\d+/gu, (d) => 'x'.repeat(d.length));
    const words = clauseWords(clause).map((w) => w.replace(/^\d+(?=[a-z])/, ''));
    const pair = pairIn(clause);
    if (pair !== null && alike(pair.level, pair.target)) {
      const falling = UPPER.has(pair.word) || pair.target.value === 0 || measureDirection(words, pair.level.unit) === 'falling';
      const rising = !falling && (measureDirection(words, pair.level.unit) === 'rising' || pair.level.only === true);
      if (!falling && !rising) continue;
      const short = falling ? pair.level.value > pair.target.value : pair.level.value < pair.target.value;
      if (!short) return 'on_track';
      return pair.target.value === 0 || worse ? 'off_track' : 'at_risk';
    }
    const share = SHARE_OF.exec(clause);
    // "just below 76% ambition", "above target": the side said in words (targetSide.ts).
    const side = share === null ? sideOfTarget(clause, worse) : null;
    if (side !== null) return side;
    if (share === null || !/%|per\s?cent/i.test(share[0]) || TALLY.test(clause.slice(Math.max(0, share.index - 30), share.index))) continue;
    const falling = UPPER.has((share[3] ?? '').toLowerCase()) || measureDirection(words, '%') === 'falling';
    const reached = Number(share[1]) >= 100;
    return reached !== falling ? 'on_track' : worse ? 'off_track' : 'at_risk';
  }
  return null;
}
