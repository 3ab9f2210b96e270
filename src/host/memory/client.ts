import { hostError } from './errors';
import type { HostContext, Sink } from './context';

/*
 * Proxy objects as Office.js has them: each stands for something in the workbook by a path
 * (here, a function that finds it in the model at sync time), queues what is asked of it,
 * and answers property reads only from what a load brought back at a sync.
 */

export type LoadPath = string[];
export type LoadSpec = string | string[] | { select?: string; expand?: string };

/**
 * The property paths of a load call, as Office.js accepts them.
 * @example loadPaths('items/name, items/protection/protected') // [['items','name'], ['items','protection','protected']]
 */
export function loadPaths(spec: LoadSpec | undefined): LoadPath[] {
  if (spec === undefined) return [];
  const list =
    typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.flatMap((s) => s.split(',')) : [...(spec.select ?? '').split(','), ...(spec.expand ?? '').split(',')];
  return list
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => s.split('/').map((p) => p.trim()));
}

let nextId = 1;

/** Returned by _scalar for a name that is not a scalar property of the object. */
export const NO_SUCH_PROPERTY: unique symbol = Symbol('no such property');

/** The base of every proxy: load, isNullObject, and the PropertyNotLoaded guard. */
export abstract class HostObject<T = unknown> {
  /** What loads brought back, by property name. */
  readonly _loaded = new Map<string, unknown>();
  /** Undefined until a sync has resolved the object. */
  _isNull: boolean | undefined;
  /** A short reference for what crosses to Excel: Office.js sends object ids, not paths. */
  readonly _id: number = nextId++;

  constructor(
    readonly context: HostContext,
    readonly _path: string,
    private readonly _resolver: () => T | null,
    requires?: string,
  ) {
    context._instantiate(this, requires);
  }

  /** Finds the object in the model now; null for a null object; throws Excel's error when it is gone. */
  _resolve(): T | null {
    return this._resolver();
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw hostError('PropertyNotLoaded', 'isNullObject');
    return this._isNull;
  }

  load(spec?: LoadSpec): this {
    this.context._queueLoad(this, loadPaths(spec));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  /** A loaded property; Office.js throws PropertyNotLoaded otherwise, except on a null object. */
  protected _get<V>(name: string): V {
    // The cast is the load contract itself: a property's loaded value has the property's type.
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._isNull === true) return undefined as V;
    throw hostError('PropertyNotLoaded', name);
  }

  /** The current value of a scalar property, for a load; NO_SUCH_PROPERTY when there is none. */
  abstract _scalar(name: string, target: T, sink: Sink): unknown;

  /** The proxy behind a navigation property, for load paths through it. */
  _child(_name: string): HostObject | undefined {
    return undefined;
  }

  /** The scalar properties an argument-less load brings back. */
  _scalarNames(): readonly string[] {
    return [];
  }
}

/** A collection: items after a load, each a proxy bound to one member found at that sync. */
export abstract class HostCollection<T, M, I extends HostObject> extends HostObject<T> {
  abstract _members(target: T): M[];
  abstract _item(member: M, index: number): I;

  get items(): I[] {
    return this._get<I[]>('items');
  }

  _scalar(name: string, target: T): unknown {
    return name === 'count' ? this._members(target).length : NO_SUCH_PROPERTY;
  }
}

/**
 * A resolver for an object reached from another: null when the parent is a null object
 * (Excel hands back null objects all the way down a chain started by an *OrNullObject call).
 * @example derive(sheet, (s) => s.tables)
 */
export function derive<P, T>(parent: HostObject<P>, next: (target: P) => T | null): () => T | null {
  return () => {
    const target = parent._resolve();
    return target === null ? null : next(target);
  };
}
