/// <reference types="office-js" />
import { SyncTimeoutError, officeCode } from './errors';

export interface SyncPolicy {
  /** Waits between retries while Excel is in cell-edit mode (injectable for tests). */
  sleep: (ms: number) => Promise<void>;
  /** A sync that has not answered by then is given up on. */
  timeoutMs: number;
  /** The waits before each retry in cell-edit mode; their count is the number of retries. */
  editRetryDelaysMs: readonly number[];
}

/**
 * Every round trip of a refresh goes through here: counted, timed out, and retried while
 * Excel is in cell-edit mode. A batch is built by a function so a retry can queue it again
 * (a failed sync drops what was queued). Callers loop over chunks of bytes, never rows.
 */
export class Syncer {
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly policy: SyncPolicy,
  ) {}

  /** Queues a batch with build(), sends it, and returns what build() returned (loaded proxies). */
  async send<T>(build: () => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const handles = build();
      try {
        await this.roundTrip();
        return handles;
      } catch (error) {
        const delay = this.policy.editRetryDelaysMs[attempt];
        if (officeCode(error) !== 'InvalidOperationInCellEditMode' || delay === undefined) throw error;
        await this.policy.sleep(delay);
      }
    }
  }

  private roundTrip(): Promise<void> {
    this.syncs++;
    const sync: Promise<void> = this.context.sync().then(() => undefined);
    // If the sync answers after the timeout, its failure must not surface as an unhandled rejection.
    sync.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SyncTimeoutError(this.policy.timeoutMs)), this.policy.timeoutMs);
    });
    return Promise.race([sync, timeout]).finally(() => clearTimeout(timer));
  }
}
