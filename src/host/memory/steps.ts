/*
 * Work the host does at a sync, written as generators: each `yield` marks a point where the
 * host may stop and hand the thread back (see pace.ts), so a sync over 100,000 rows is many
 * short stretches rather than one long one. Nothing is observable between the steps of one
 * sync except the model itself, as in Excel, which also changes cells while a batch runs.
 */

/** Long work in steps; `T` is what it comes to. */
export type Steps<T = void> = Generator<void, T, undefined>;

/**
 * A property value a load computes in steps (a range's cell data), so the load can pace it.
 * @example return new Sliced(readMatrixSteps(t, 'value'))
 */
export class Sliced<T = unknown> {
  constructor(readonly steps: Steps<T>) {}
}

/**
 * Runs steps to the end in one go, for the few places that need an answer at once.
 * @example drain(readMatrixSteps(t, 'bold'))
 */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Calls fn on every item, a step each, for a loop over rows.
 * @example yield* eachStep(areas, (a) => check(a))
 */
export function* eachStep<T>(items: Iterable<T>, fn: (item: T) => void): Steps {
  for (const item of items) {
    fn(item);
    yield;
  }
}
