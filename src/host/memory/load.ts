import { jsonBytesSteps } from './bytes';
import { HostCollection, NO_SUCH_PROPERTY, type HostObject, type LoadPath } from './client';
import type { Sink } from './context';
import { hostError } from './errors';
import { Sliced, type Steps } from './steps';

function* loadCollection(obj: HostCollection<unknown, unknown, HostObject>, target: unknown, paths: LoadPath[], sink: Sink): Steps<LoadPath[]> {
  const items = obj._members(target).map((m, i) => obj._item(m, i));
  const itemPaths = paths.filter((p) => p[0] === 'items' && p.length > 1).map((p) => p.slice(1));
  const wantsItems = paths.length === 0 || paths.some((p) => p[0] === 'items');
  if (wantsItems) {
    for (const item of items) yield* applyLoad(item, itemPaths, sink);
    sink.later(() => obj._loaded.set('items', items));
    sink.bytes += 2 * items.length;
  }
  return paths.filter((p) => p[0] !== 'items');
}

/**
 * Runs one load at sync time: finds the object, then snapshots each requested scalar (a
 * navigation path loads through the child proxy). Values are kept aside and handed to the
 * proxies only when the whole sync succeeds, as Excel returns nothing for a failed sync.
 * Cell data is read and measured a row per step.
 */
export function* applyLoad(obj: HostObject, paths: LoadPath[], sink: Sink): Steps {
  const target = obj._resolve();
  sink.later(() => {
    obj._isNull = target === null;
  });
  if (target === null) return;
  let rest = paths;
  if (obj instanceof HostCollection) {
    rest = yield* loadCollection(obj, target, paths, sink);
    if (rest.length === 0) return;
  }
  const names = rest.length === 0 ? obj._scalarNames().map((n) => [n]) : rest;
  const nested = new Map<string, LoadPath[]>();
  for (const [head, ...tail] of names) {
    if (head === undefined) continue;
    if (tail.length > 0) {
      nested.set(head, [...(nested.get(head) ?? []), tail]);
      continue;
    }
    const found = obj._scalar(head, target, sink);
    if (found === NO_SUCH_PROPERTY) {
      // Loading a navigation property loads all its scalars (what the linter warns about).
      const child = obj._child(head);
      if (!child) throw hostError('InvalidArgument', `${obj._path}.${head}`);
      yield* applyLoad(child, [], sink);
      continue;
    }
    const value: unknown = found instanceof Sliced ? yield* found.steps : found;
    sink.bytes += (yield* jsonBytesSteps(value)) + head.length + 4;
    sink.later(() => obj._loaded.set(head, value));
  }
  for (const [head, tails] of nested) {
    const child = obj._child(head);
    if (!child) throw hostError('InvalidArgument', `${obj._path}.${head}`);
    yield* applyLoad(child, tails, sink);
  }
}
