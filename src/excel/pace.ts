/*
 * Office restarts an add-in that holds its thread for 5 s, and the task pane freezes long
 * before that, so the refresh works through rows in short slices and hands the thread back
 * between them: plain macrotask yields, never a context.sync(), so the round trips stay as
 * they are. Long loops are written as generators (a `yield` where a pause is allowed), run
 * by `paced` in a refresh and by `drain` where an answer is needed at once (and in tests).
 * Kept apart from the in-memory host's copy so the adapter depends on nothing of the host.
 */

/** Long work in steps; `T` is what it comes to. */
export type Steps<T = void> = Generator<void, T, undefined>;

/**
 * Rows per step of the engine's chunked passes (history, trends, summary, output plans,
 * report): a millisecond or so each, so a step never takes a slice far past its end.
 */
export const ENGINE_CHUNK_ROWS = 500;

/** When to hand the thread back. */
export interface Pace {
  /** True once the current slice has run long enough. */
  due(): boolean;
  /** Hands the thread back until a later turn of the event loop, and starts a new slice. */
  pause(): Promise<void>;
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

/**
 * Slices of `sliceMs` by the clock: well under the 100 ms budget (SPEC 10), leaving room for
 * the one step that overruns (a call into the engine, a row of many cells).
 * @example const pace = timePace(12)
 */
export function timePace(sliceMs = 12, now: () => number = () => performance.now(), yieldTo: () => Promise<void> = nextTurn): Pace {
  let start = now();
  return {
    due: () => now() - start >= sliceMs,
    pause: async () => {
      await yieldTo();
      start = now();
    },
  };
}

/**
 * Runs steps to the end, handing the thread back whenever the pace says the slice is used up.
 * @example const rows = await paced(gridSteps(slices), pace)
 */
export async function paced<T>(steps: Generator<unknown, T, undefined>, pace: Pace): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (pace.due()) await pace.pause();
  }
}

/**
 * Runs steps to the end at once, for an answer needed now.
 * @example drain(gridSteps(slices))
 */
export function drain<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

