import { cellText } from '../cells';
import { LEFTMOST_ROLES, MULTI_COLUMN_ROLES } from '../vocabulary/columns';
import type { CellValue, ColumnMap, OutputColumn, Role } from '../types';
import { matchRoles, outputColumnOf, withoutHint } from './headers';
import { pairRevisedTimeframe } from './revised';
import { periodMilestones } from './milestones';
import { barePeriods } from './periods';
import { datedUpdates } from './updates';
import { quietDateRivals } from './wording';
import { ambitionNotes, prioritiesAsActions, recommendationAsAction, stepsAsActions } from './columnRules';
import { besideStart } from './beside';
import { milestonesAsSteps } from './milestoneSteps';
import { deliverablesAsSteps } from './deliverables';
import { meansAsSteps } from './meansSteps';
import { periodRatings, withRatings } from './ratings';
import { completionColumns } from './completed';
import { overallStatus } from './overall';
import { tracksActions, type HeaderReading } from './reading';
import { looksLikeData } from './headerChoice';
import { ownOutputs } from './ownOutputs';

/** Roles a row must name to be taken as a header above its data, though it names no action. */
const SEVERAL_ROLES = 3;

export type { HeaderReading } from './reading';

interface Candidate {
  role: Role;
  score: number;
  /** At equal scores the earlier synonym wins: "Deadline" over "Date", wherever each sits. */
  rank: number;
  col: number;
  /** The column's best role; the others are taken only as a whole-header match ("Milestones"). */
  best: boolean;
  /** Named by a fallback synonym only (RoleMatch.fallback): not reported when it loses. */
  fallback?: boolean;
}

/**
 * Gives each role its best-scoring column, and each column one role: its best, or, when that
 * is taken, another role its header names exactly ("Milestones" beside "Deliverable" holds the
 * next steps). A status-like column whose role is taken is read beside it; any other is a
 * duplicate, reported; one only a fallback names is neither.
 */
function assign(candidates: Candidate[]): Pick<HeaderReading, 'columns' | 'extraStatus' | 'duplicates'> {
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.col - b.col);
  const columns: ColumnMap = {};
  const placed = new Set<number>();
  const bestOf = new Map<number, Candidate>();
  for (const c of candidates) if (c.best) bestOf.set(c.col, c);
  for (const c of candidates) {
    if (placed.has(c.col) || columns[c.role] !== undefined) continue;
    // A column whose own role is taken takes another only as an exact header, and never when
    // it is status-like: that column is read beside the status instead.
    const best = bestOf.get(c.col);
    if (!c.best && (best === undefined || MULTI_COLUMN_ROLES.has(best.role) || c.score < 100)) continue;
    columns[c.role] = c.col;
    placed.add(c.col);
  }
  const extraStatus: number[] = [];
  const duplicates: [Role, number, number][] = [];
  for (const c of candidates) {
    if (!c.best || placed.has(c.col)) continue;
    const winner = columns[c.role] ?? c.col;
    // A column only a fallback names for its role ("Evidence") is neither read beside the winner nor its rival.
    if (c.fallback === true) continue;
    if (MULTI_COLUMN_ROLES.has(c.role)) extraStatus.push(c.col);
    else duplicates.push([c.role, winner, c.col]);
  }
  return { columns, extraStatus, duplicates };
}

/**
 * Reads a header row: which column holds which role, which are the product's own.
 * A lone "RAG" header is the lead's own rating (a status); it is ours only beside "RAG reason".
 * Of two trackers side by side, the first is read (besideStart), and the product's columns
 * are found anywhere on the row: they go right of both.
 * @example readHeader(['#', 'Recommendation', 'Lead']).columns // { ref: 0, action: 1, lead: 2 }
 * @example readHeader(['Action', 'Lead', null, 'Action', 'Lead']).beside // 3
 */
export function readHeader(cells: readonly CellValue[]): HeaderReading {
  const whole = readRow(cells);
  // Only a row whose action header is repeated can hold a second tracker: most rows stop here.
  if (!whole.duplicates.some(([role]) => role === 'action' || role === 'ambition')) return whole;
  const at = besideStart(cells, readRow, isTrackerHeader);
  return at < 0 ? whole : { ...readRow(cells.slice(0, at)), outputs: whole.outputs, beside: at };
}

function readRow(cells: readonly CellValue[]): HeaderReading {
  const texts = cells.map((c) => (typeof c === 'string' ? c : cellText(c)));
  // A "RAG", "Next due" or "Trend" outside the product's block is the team's own (ownOutputs).
  const ours = ownOutputs(texts);
  const outputs: Partial<Record<OutputColumn, number>> = {};
  const candidates: Candidate[] = [];
  const ratings = periodRatings(texts);
  texts.forEach((text, col) => {
    if (ratings.includes(col)) return;
    const own = ours.get(col);
    if (own !== undefined) {
      if (outputs[own] === undefined) outputs[own] = col;
      return;
    }
    const output = outputColumnOf(text);
    // "RAG (R/A/G)" is the lead's rating too: the product writes its own column bare. SPEC 2.2 names "RAG (set by lead)" an override.
    if (output === 'RAG' || (output === null && outputColumnOf(withoutHint(text)) === 'RAG' && matchRoles(text)[0]?.role !== 'rag_override')) {
      // Scored as a flag header: any narrative status column wins the role (see matchRoles).
      candidates.push({ role: 'status', score: 1, rank: 0, col, best: true });
      return;
    }
    matchRoles(text).forEach((m, i) => candidates.push({ ...m, rank: LEFTMOST_ROLES.has(m.role) ? 0 : m.rank, col, best: i === 0 }));
  });
  const { columns: assigned, extraStatus, duplicates } = meansAsSteps(deliverablesAsSteps(milestonesAsSteps(assign(candidates), candidates, texts), texts), candidates, texts);
  extraStatus.sort((a, b) => a - b);
  const fallback = candidates.some((c) => c.role === 'action' && c.col === assigned.action && c.fallback === true);
  const columns = recommendationAsAction(prioritiesAsActions(stepsAsActions(fallback ? ambitionNotes(assigned) : assigned), texts), texts);
  const reading = pairRevisedTimeframe({ columns, extraStatus, outputs, duplicates, roleCount: Object.keys(columns).length }, texts);
  const periods = barePeriods(periodMilestones(overallStatus(datedUpdates(quietDateRivals(reading, texts), texts), texts), texts), texts);
  return completionColumns(withRatings(periods, ratings), texts);
}

/**
 * True when a reading can anchor a tracker: two roles or more, one of them action or ambition,
 * and something to rate them by (tracksActions): a contacts list's "Name | Organisation" is none.
 * @example isTrackerHeader(readHeader(['Action', 'Lead'])) // true
 * @example isTrackerHeader(readHeader(['Name', 'Organisation', 'Email'])) // false
 */
export function isTrackerHeader(reading: HeaderReading): boolean {
  const { columns } = reading;
  return reading.roleCount >= 2 && (columns.action !== undefined || columns.ambition !== undefined) && tracksActions(reading);
}

/**
 * Finds the header row among the first rows: the row with the most roles matched. A row of
 * values (looksLikeData: dates, figures, sentences) under a row of labels naming several roles is
 * an action whose words happen to name columns ("Quality Lead", "… action plans"), never the header.
 * Returns a 0-based row index, or null when no row qualifies.
 * @example findHeaderRow([['Action plan'], ['Ref', 'Action', 'Lead']], 30) // 1
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[], limit: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  let labelled = false;
  const end = Math.min(rows.length, limit);
  for (let r = 0; r < end; r++) {
    const reading = readHeader(rows[r] ?? []);
    const data = looksLikeData(rows[r] ?? []);
    if (!(data && labelled) && isTrackerHeader(reading) && reading.roleCount > bestCount) {
      best = r;
      bestCount = reading.roleCount;
    }
    if (!data && reading.roleCount >= SEVERAL_ROLES) labelled = true;
  }
  return best;
}
