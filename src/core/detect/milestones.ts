import { MILESTONE_HEADER_WORDS, UPDATE_HEADER_WORDS } from '../vocabulary/periodColumns';
import type { HeaderReading } from './columns';
import { isFlagHeader, normaliseHeader } from './headers';
import { PERIOD } from './updates';

/** A column of what is due in one period, and that period as a time frame ("Q1 2024/25"). */
export interface PeriodColumn {
  col: number;
  period: string;
  /** A month headed by its name alone, as its place in the financial year (April is 1): dated by the plan's year (withPlanYear). */
  month?: number;
}

const WORDS = [...MILESTONE_HEADER_WORDS].sort((a, b) => b.length - a.length);
const MILESTONE_WORD = new RegExp(`(?:^| )(?:${WORDS.join('|')})(?: |$)`);
/** The milestone words in a header as written, plurals and all, to leave its period. */
const RAW_WORDS = new RegExp(`\\b(?:${WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})s?\\b`, 'gi');
const EDGES = /^[\s:;,–—-]+|[\s:;,–—-]+$/g;
/** A period's update about its milestones ("Q1 progress against milestones") is an update, not a milestone. */
const UPDATE_WORD = new RegExp(`(?:^| )(?:${UPDATE_HEADER_WORDS.join('|')})(?: |$)`);

/**
 * True when a header (normalised) names what period columns hold, milestones or updates ("Key
 * milestones", "Progress update"), not just the span they cover ("Timescale", "2025/26").
 * @example namesPeriodContent('key milestone') // true
 */
export function namesPeriodContent(norm: string): boolean {
  return MILESTONE_WORD.test(norm) || UPDATE_WORD.test(norm);
}

/**
 * The period a milestone column's header names, as a time frame to read: the header without
 * its milestone words ("Q1 milestones" → "Q1").
 * @example milestonePeriod('Milestones - Q2 2024/25') // 'Q2 2024/25'
 */
export function milestonePeriod(header: string): string {
  const period = header.replace(RAW_WORDS, ' ').replace(/\s+/g, ' ').replace(EDGES, '');
  return period === '' ? header.trim() : period;
}

/**
 * A header reading with its period milestone columns ("Q1 milestone", "Q2 milestone", …) listed
 * as `milestones`, when there are two or more and the sheet has no next steps column of its own:
 * each such column holds what is due in its period, so each filled cell is a step due then. A time
 * frame column beside them ("Target date") is the action's overall deadline (milestoneEntries).
 * They take no role, and are not reported as rival action columns.
 * @example periodMilestones(readHeader(['Deliverable', 'Q1 milestone', 'Q2 milestone']), ['Deliverable', 'Q1 milestone', 'Q2 milestone']).milestones // [{ col: 1, period: 'Q1' }, { col: 2, period: 'Q2' }]
 */
export function periodMilestones(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const { columns } = reading;
  const found: PeriodColumn[] = [];
  texts.forEach((text, col) => {
    const norm = normaliseHeader(text);
    if (PERIOD.test(norm) && MILESTONE_WORD.test(norm) && !UPDATE_WORD.test(norm) && !isFlagHeader(norm)) found.push({ col, period: milestonePeriod(text) });
  });
  if (found.length < 2) return reading;
  const cols = new Set(found.map((m) => m.col));
  const own = (col: number | undefined): boolean => col !== undefined && !cols.has(col);
  if (own(columns.next_steps) || !own(columns.action)) return reading;
  const kept = Object.fromEntries(Object.entries(columns).filter(([, col]) => !cols.has(col)));
  return {
    ...reading,
    columns: kept,
    extraStatus: reading.extraStatus.filter((col) => !cols.has(col)),
    duplicates: reading.duplicates.filter(([, , loser]) => !cols.has(loser)),
    roleCount: Object.keys(kept).length,
    milestones: found,
  };
}
