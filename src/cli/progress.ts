/** Where progress is drawn: stderr in real use, a fake in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

/**
 * A one-line progress bar on stderr for long runs. It draws nothing when stderr is not a
 * terminal, so logs and pipes stay clean (SPEC 8).
 */
export class ProgressBar {
  private readonly enabled: boolean;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {
    this.enabled = stream.isTTY === true && total > 0;
  }

  update(done: number, label: string): void {
    if (!this.enabled) return;
    const width = 24;
    const fraction = Math.min(1, Math.max(0, done / this.total));
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${bar} ${String(Math.round(fraction * 100)).padStart(3)}% ${label}`;
    const max = (this.stream.columns ?? 80) - 1;
    this.stream.write(`\r${line.slice(0, max).padEnd(max)}`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
