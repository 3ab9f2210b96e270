import { phraseWarmUps, readStatus } from '../status';
import { splitEntries } from '../steps';
import { parseTimeframe } from '../timeframe';
import type { IsoDate, SheetGrid } from '../types';
import { defaultSettings } from '../settings';
import { createParsers } from './parsers';
import { analyseSheet } from './sheet';

/*
 * The first status, time frame, cell and sheet a process reads compile the patterns of every
 * reader they pass through, and V8 compiles each again, to machine code, on its second run: tens
 * of milliseconds a reader, well over 100 ms in all, which would otherwise fall in the first stretch
 * of rows (SPEC 10). Each step here reads one kind of text, so a host can take its turn between them.
 */

/** Updates as trackers write them, each through a different set of the status readers. */
const STATUSES = [
  'Update: on track',
  'Draft SOP complete but not yet approved - went to QSC Nov, deferred to Jan',
  '01/10 Complete. 05/11 Reopened following audit - further work required',
  '6 of 8 recruited; 2 out to advert (closing 18 Dec). Achieved 71% in Nov (target 80%).',
  '0% - no work undertaken yet, awaiting investment decision; -3.4% YTD (Oct data)',
];

/** Time frames of each kind (SPEC 3). */
const TIMEFRAMES = ['End of Nov 22 revised to Feb Board 23', 'Q4 2023/24', 'w/c 12 Jan', 'Ongoing - next review Dec 27', 'Mid-March to end of April', 'Month 9'];

/** Cells of several entries, listed, dated and pasted. */
const CELLS = ['1. Draft the plan\n2. Agree at Board', '• Scoping – Oct 26\n• Draft – 30/11/26; 31/01/27', '<p>Done (End of Nov)</p><p><b>Update:</b> delayed</p>'];

/** A small tracker read whole: the header, columns and rows readers the texts above do not reach. */
const SHEET: SheetGrid = {
  name: 'Warm-up',
  rows: [
    ['Action plan'],
    ['Ref', 'Action', 'Lead', 'Next steps', 'Milestone date', 'Go-live date', 'RAG', 'Update'],
    ['1', 'Open the hub', 'COO', 'Business case\nRecruit team', '31/10/2026\n31/01/2027', '31/03/2027', 'A', 'Business case approved.\nInterviews 10/12.'],
    ['2', 'Publish the plan', 'CEO', null, null, 'Q4 2026/27', 'G', 'On track'],
  ],
  merges: [],
  tables: [],
  hidden: false,
  protected: false,
};

const WARM_UPS: readonly ((asOf: IsoDate) => unknown)[] = [
  // The status phrases' patterns are the largest to compile: a stretch of its own for each.
  ...phraseWarmUps(),
  ...STATUSES.map((text) => () => readStatus(text)),
  (asOf) => TIMEFRAMES.map((text) => parseTimeframe(text, asOf)),
  () => CELLS.map((cell) => splitEntries(cell)),
  (asOf) => {
    const settings = defaultSettings(asOf);
    return analyseSheet(SHEET, settings, createParsers(settings));
  },
];

/**
 * Reads statuses, time frames, cells and a small sheet, pausing after each step, so a host that
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
