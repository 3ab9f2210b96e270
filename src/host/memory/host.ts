import { HostContext, type HostAction } from './context';
import { hostError, type HostErrorCode } from './errors';
import { syncSteps } from './execute';
import type { MemoryWorkbook } from './model';
import { DEFAULT_PACE, runPaced, type Pace } from './pace';
import type { Steps } from './steps';
import type { CellRange } from '../../core/types';

export interface HostOptions {
  /** 'web' enforces Excel on the web's payload limit on every request and response. */
  platform?: 'desktop' | 'web';
  /** Highest ExcelApi requirement set the host supports (default 1.18). */
  apiVersion?: string;
  /** Excel on the web refuses a request or response over 5 MB. */
  payloadLimitBytes?: number;
  /** Excel reads at most 5 million cells of a range at once. */
  maxCellsPerRead?: number;
  /** How a sync's work is sliced (default: 8 ms slices, yielding to the event loop between). */
  pace?: Partial<Pace>;
}

/** What a run cost: round trips, bytes each way, cells read and formatting calls. */
export interface HostStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  cellsRead: number;
  maxCellsPerRead: number;
  /** Calls that set a format property on a range (number format, font). */
  formatCalls: number;
  /** Conditional-format rules added and rule properties set, counted apart from formats. */
  ruleCalls: number;
}

/** Faults to inject; sync numbers count from 1 over the host's life (see resetStats). */
export interface HostFaults {
  /** The next n syncs fail with InvalidOperationInCellEditMode, applying nothing. */
  cellEditSyncs: number;
  /** This sync fails before it runs anything. */
  failAtSync?: number;
  failCode?: HostErrorCode;
  /** This sync never answers. */
  hangAtSync?: number;
  /** Runs before each sync, to change the workbook under the add-in (say, protect a sheet). */
  beforeSync?: (syncNumber: number, workbook: MemoryWorkbook) => void;
}

const MB5 = 5 * 1024 * 1024;

/** What a sync that never answers comes to in the queue: it gives up its turn, but never resolves. */
const HANG: unique symbol = Symbol('hang');

function emptyStats(): HostStats {
  return { syncs: 0, requestBytes: [], responseBytes: [], maxRequestBytes: 0, maxResponseBytes: 0, cellsRead: 0, maxCellsPerRead: 0, formatCalls: 0, ruleCalls: 0 };
}

function versionAtLeast(have: string, need: string): boolean {
  const [hm = 0, hn = 0] = have.split('.').map(Number);
  const [nm = 0, nn = 0] = need.split('.').map(Number);
  return hm > nm || (hm === nm && hn >= nn);
}

/**
 * An Excel that lives in memory: Excel.run semantics over a workbook model, counting what
 * crosses each sync and enforcing Excel's limits with Excel's error codes.
 * @example const host = new MemoryExcelHost(workbook, { platform: 'web' }); await host.run(async (ctx) => ctx.sync())
 */
export class MemoryExcelHost {
  stats: HostStats = emptyStats();
  /** The sheet and cells last selected (Range.select), so the workbench can highlight them. */
  selection: { sheet: string; range: CellRange } | null = null;
  readonly faults: HostFaults = { cellEditSyncs: 0 };
  /** Settles when the sync before the last one asked for has finished: Excel runs one request at a time. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly options: HostOptions = {},
  ) {}

  /** Office.context.requirements.isSetSupported('ExcelApi', version) for this host. */
  supports = (version: string): boolean => versionAtLeast(this.options.apiVersion ?? '1.18', version);

  get limits(): { payload: number; cells: number; web: boolean } {
    return { payload: this.options.payloadLimitBytes ?? MB5, cells: this.options.maxCellsPerRead ?? 5_000_000, web: this.options.platform === 'web' };
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /** Excel.run: a fresh context for the batch, and a last sync for anything left queued. */
  run = async <T>(batch: (context: HostContext) => Promise<T>): Promise<T> => {
    const context = new HostContext(this);
    const result = await batch(context);
    if (context._actions.length > 0) await context.sync();
    return result;
  };

  /**
   * One round trip, after any sync already under way (from this or another Excel.run): faults
   * first, then the work of syncSteps in slices, the thread handed back between them as it
   * is while Excel works in its own process.
   */
  _execute(context: HostContext, actions: HostAction[]): Promise<void> {
    const mine = this.turn.then(() => this.runTurn(context, actions));
    this.turn = mine.catch(() => undefined);
    return mine.then((r) => (r === HANG ? new Promise<void>(() => undefined) : undefined));
  }

  /**
   * One slice of a sync's work, run synchronously (bench/blocking.js wraps it to time the host's
   * share of the thread).
   */
  _slice<T>(run: () => IteratorResult<void, T>): IteratorResult<void, T> {
    return run();
  }

  private async runTurn(context: HostContext, actions: HostAction[]): Promise<typeof HANG | void> {
    const n = ++this.stats.syncs;
    this.faults.beforeSync?.(n, this.workbook);
    if (this.faults.hangAtSync === n) return HANG;
    await Promise.resolve();
    if (this.faults.failAtSync === n) throw hostError(this.faults.failCode ?? 'GeneralException');
    if (this.faults.cellEditSyncs > 0) {
      this.faults.cellEditSyncs--;
      throw hostError('InvalidOperationInCellEditMode');
    }
    const steps: Steps = syncSteps(this, actions);
    // Only while a slice runs: the add-in may queue on this context between slices, and what
    // it queues then belongs to its next sync.
    await runPaced(steps, { ...DEFAULT_PACE, ...this.options.pace }, (run) =>
      this._slice(() => {
        context._executing = true;
        try {
          return run();
        } finally {
          context._executing = false;
        }
      }),
    );
  }
}
