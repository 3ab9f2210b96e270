import type { Steps } from './steps';

/*
 * Excel does a sync's work in its own process: while it reads or writes 100,000 rows the
 * add-in's thread is free (the task pane repaints, a timer fires). The in-memory host does
 * that work in the add-in's own thread, so to stand in for Excel faithfully it works in
 * slices and hands the thread back between them. What Office.js itself does on the add-in's
 * thread is not modelled here: it serialises each request to JSON and parses each response,
 * each in one go (bench/blocking.js estimates both apart; 100,000 rows on desktop make a
 * 43 MB request and a 48 MB response).
 */

/** How a sync's work is sliced. */
export interface Pace {
  /** A slice ends once it has run this long (milliseconds). */
  sliceMs: number;
  /** …or once it has taken this many steps (tests use this, so no test depends on a clock). */
  stepsPerSlice: number;
  /** Hands the thread back until the next turn of the event loop. */
  yieldTo: () => Promise<void>;
  now: () => number;
}

type Scheduler = (run: () => void) => void;

/*
 * The quickest macrotask each platform has: setImmediate in Node; a MessageChannel message in
 * a browser (setTimeout(0) is clamped to 4 ms once nested); setTimeout as the last resort.
 */
function scheduler(): Scheduler {
  const g = globalThis as { setImmediate?: (run: () => void) => unknown };
  if (typeof g.setImmediate === 'function') {
    const immediate = g.setImmediate;
    return (run) => void immediate(run);
  }
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node's ports keep the process alive while open; this one must not.
    (channel.port1 as { unref?: () => void }).unref?.();
    return (run) => {
      waiting.push(run);
      channel.port2.postMessage(null);
    };
  }
  return (run) => void setTimeout(run, 0);
}

let schedule: Scheduler | undefined;

/**
 * Resolves on a later turn of the event loop, after whatever was waiting to run.
 * @example await nextTurn()
 */
export function nextTurn(): Promise<void> {
  schedule ??= scheduler();
  const run = schedule;
  return new Promise((resolve) => run(resolve));
}

/** Slices of about 8 ms: a 60 Hz frame has room for one beside the page's own work. */
export const DEFAULT_PACE: Pace = { sliceMs: 8, stepsPerSlice: Infinity, yieldTo: nextTurn, now: () => performance.now() };

/**
 * Runs steps to the end, a slice at a time, yielding the thread between slices. `slice` wraps
 * each slice (bench/blocking.js times the host's share of the thread through it).
 * @example const bytes = await runPaced(jsonBytesSteps(request), DEFAULT_PACE)
 */
export async function runPaced<T>(steps: Steps<T>, pace: Pace, slice: (run: () => IteratorResult<void, T>) => IteratorResult<void, T>): Promise<T> {
  for (;;) {
    const step = slice(() => {
      const start = pace.now();
      for (let taken = 1; ; taken++) {
        const next = steps.next();
        if (next.done === true || taken >= pace.stepsPerSlice || pace.now() - start >= pace.sliceMs) return next;
      }
    });
    if (step.done === true) return step.value;
    await pace.yieldTo();
  }
}
