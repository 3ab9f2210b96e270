import { compilePhrases, readStatus } from '../status';
import { splitEntries } from '../steps';
import { parseTimeframe } from '../timeframe';
import type { IsoDate } from '../types';

/*
 * The first status, time frame and cell a process reads compile their vocabularies' patterns:
 * tens of milliseconds each on a cold start, all of it in the first stretch of rows otherwise.
 */
const WARM_UPS: readonly ((asOf: IsoDate) => unknown)[] = [
  // The status phrases' one pattern is the largest to compile: a stretch of its own.
  compilePhrases,
  () => readStatus('Update: on track'),
  (asOf) => parseTimeframe('End of Nov 22 revised to Feb Board 23', asOf),
  () => splitEntries('1. Draft the plan\n2. Agree at Board'),
];

/**
 * Reads one status, one time frame and one cell of entries, pausing after each, so a host that
 * must not block (SPEC 10) can take its turn between them before the rows are read. Pure: it
 * changes no state but the patterns' own compiled forms, and a second run costs next to nothing.
 * @example for (const _ of warmUpInChunks('2024-11-20')) await nextTick();
 */
export function* warmUpInChunks(asOf: IsoDate): Generator<void, void, undefined> {
  for (const warmUp of WARM_UPS) {
    warmUp(asOf);
    yield;
  }
}
