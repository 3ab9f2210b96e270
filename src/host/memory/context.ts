import type { HostObject, LoadPath } from './client';
import { hostError } from './errors';
import type { MemoryExcelHost } from './host';
import { applyLoad } from './load';
import type { MemorySheet } from './model';
import type { Steps } from './steps';
import { HostApplication, HostWorkbook } from './workbook';

/** What a sync sends back, gathered while the batch runs. */
export interface Sink {
  /** JSON bytes of the response so far. */
  bytes: number;
  /** Runs after the whole batch succeeded: loaded values reach the proxies only then. */
  later(fn: () => void): void;
  /** Counts the cells a range load reads (once per range per sync). */
  countCells(range: object, cells: number): void;
}

/** One queued command: what it sends, the API version it needs, and what it does at sync (in steps). */
export interface HostAction {
  request: unknown;
  requires?: string;
  run(sink: Sink): void | Steps;
}

/** What a queued call does to its target: at once, or in steps when it may cover many rows. */
export type Apply<T> = (target: T) => void | Steps;

/** Which counters a queued property set adds to. */
export type SetKind = 'value' | 'format' | 'rule' | 'other';

/**
 * The request context of the in-memory host: Excel.RequestContext's workbook, application
 * and sync(), with every call queued until sync() as Office.js does.
 */
export class HostContext {
  readonly workbook: HostWorkbook;
  readonly application: HostApplication;
  /** Commands queued since the last sync. */
  _actions: HostAction[] = [];
  /** True while a sync runs: proxies made then (collection items) are already resolved. */
  _executing = false;

  constructor(readonly _host: MemoryExcelHost) {
    this.workbook = new HostWorkbook(this);
    this.application = new HostApplication(this);
  }

  sync(): Promise<void> {
    const batch = this._actions;
    this._actions = [];
    return this._host._execute(this, batch);
  }

  /** Office.js instantiates every proxy in the batch it was made in, so a bad path fails that sync. */
  _instantiate(obj: HostObject, requires?: string): void {
    if (this._executing) {
      obj._isNull = false;
      return;
    }
    this._actions.push({
      request: { i: obj._path },
      ...(requires === undefined ? {} : { requires }),
      run: (sink) => {
        const target = obj._resolve();
        sink.later(() => {
          obj._isNull = target === null;
        });
      },
    });
  }

  _queueLoad(obj: HostObject, paths: LoadPath[]): void {
    this._actions.push({ request: { l: obj._path, p: paths.map((p) => p.join('/')) }, run: (sink) => applyLoad(obj, paths, sink) });
  }

  /** A property set or method call on an object: it runs on the object found at sync time. */
  _queue<T>(obj: HostObject<T>, name: string, args: unknown, apply: Apply<T>, kind: SetKind = 'other', requires?: string): void {
    if (kind === 'format') this._host.stats.formatCalls++;
    if (kind === 'rule') this._host.stats.ruleCalls++;
    this._actions.push({
      request: { o: obj._path, n: name, a: args },
      ...(requires === undefined ? {} : { requires }),
      run: () => {
        const target = obj._resolve();
        if (target === null) throw hostError('ItemNotFound', `${obj._path}.${name}`);
        return apply(target);
      },
    });
  }
}

/**
 * Excel refuses changes to a protected sheet (the adapter must never unprotect one).
 * @example guardWritable(sheet, 'Range.values')
 */
export function guardWritable(sheet: MemorySheet, location: string): void {
  if (sheet.protected) throw hostError('AccessDenied', location);
}
