import { jsonBytes } from './bytes';
import { HostContext, type HostAction, type Sink } from './context';
import { hostError, type HostErrorCode } from './errors';
import type { MemoryWorkbook } from './model';
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

  /** One round trip: faults first, then the request limit, the commands in order, the response limit. */
  async _execute(context: HostContext, actions: HostAction[]): Promise<void> {
    const n = ++this.stats.syncs;
    this.faults.beforeSync?.(n, this.workbook);
    if (this.faults.hangAtSync === n) return new Promise<void>(() => undefined);
    await Promise.resolve();
    if (this.faults.failAtSync === n) throw hostError(this.faults.failCode ?? 'GeneralException');
    if (this.faults.cellEditSyncs > 0) {
      this.faults.cellEditSyncs--;
      throw hostError('InvalidOperationInCellEditMode');
    }
    const requestBytes = jsonBytes(actions.map((a) => a.request));
    this.stats.requestBytes.push(requestBytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    if (this.limits.web && requestBytes > this.limits.payload) throw hostError('RequestPayloadSizeLimitExceeded');
    const commits: (() => void)[] = [];
    const counted = new Set<object>();
    const sink: Sink = {
      bytes: 2,
      later: (fn) => commits.push(fn),
      countCells: (range, cells) => {
        if (counted.has(range)) return;
        counted.add(range);
        this.stats.cellsRead += cells;
        this.stats.maxCellsPerRead = Math.max(this.stats.maxCellsPerRead, cells);
      },
    };
    context._executing = true;
    try {
      for (const action of actions) {
        // Excel runs a batch in order and stops at the first failure; what ran stays done.
        if (action.requires !== undefined && !this.supports(action.requires)) throw hostError('ApiNotFound', `ExcelApi ${action.requires}`);
        action.run(sink);
      }
    } finally {
      context._executing = false;
    }
    this.stats.responseBytes.push(sink.bytes);
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, sink.bytes);
    if (this.limits.web && sink.bytes > this.limits.payload) throw hostError('ResponsePayloadSizeLimitExceeded');
    for (const commit of commits) commit();
  }
}
