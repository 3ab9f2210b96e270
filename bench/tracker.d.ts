// Types for bench/tracker.js, so the engine's tests read the very sheets the benchmark reads.
import type { SheetGrid } from '../src/core/types';

/** The as-of date of seed 004's update. */
export const AS_OF: string;

/** A generated seed-004 tracker of `rows` actions: a title, a blank row, the header, then the actions. */
export function generateTracker(rows: number, seed?: number): SheetGrid;

/** The first `count` time-frame entries of a generated tracker, one phrase each. */
export function timeFramePhrases(grid: SheetGrid, count: number): string[];
