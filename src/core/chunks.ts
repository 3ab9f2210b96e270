/*
 * The engine's long passes are generators that pause (yield) every so often, so a host that
 * must not block (SPEC 10: Office restarts an add-in that holds the thread too long) can take
 * its turn between stretches; the engine never reads the clock, so the caller decides how much
 * work a stretch holds. Callers that may block run them straight through with finish().
 */

/**
 * Runs a chunked pass to its end without pausing and returns what it returns.
 * @example finish(analyseSheetInChunks(grid, settings, parsers, Infinity))?.sheet // 'Plan'
 */
export function finish<T>(chunks: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = chunks.next();
    if (step.done === true) return step.value;
  }
}

/**
 * A chunked pass of the engine's later stages: it pauses after at most its bound of rows of
 * work and yields how many it did, so a test can hold it to the bound without a clock.
 */
export type Chunks<T> = Generator<number, T, undefined>;

/**
 * Counts rows of work against a bound shared by the nested passes of one chunked call, so a
 * stretch is bounded across them and not per pass.
 * @example const work = new Work(500); if (work.add()) yield work.end();
 */
export class Work {
  private done = 0;

  constructor(readonly bound: number) {}

  /** Counts `rows` more; true once the stretch is full and the pass should yield. */
  add(rows = 1): boolean {
    this.done += rows;
    return this.done >= this.bound;
  }

  /** Ends the stretch, giving what it held. */
  end(): number {
    const done = this.done;
    this.done = 0;
    return done;
  }
}

/**
 * `items.map(f)` counted against `work`, pausing whenever the stretch is full.
 * @example const rows = yield* mapInChunks(actions, (a) => a.ref, work)
 */
export function* mapInChunks<A, B>(items: readonly A[], f: (item: A, index: number) => B, work: Work): Chunks<B[]> {
  const out: B[] = new Array<B>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = f(items[i] as A, i);
    if (work.add()) yield work.end();
  }
  return out;
}
