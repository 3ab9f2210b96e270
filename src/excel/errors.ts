/*
 * Every failure of a refresh reaches the user once, here, as one sentence saying what
 * happened, what was and was not updated, and what to do. Office errors are recognised by
 * their code (never by instanceof, so the in-memory host's errors map the same way).
 */

export type RefreshErrorCode = 'no_tracker' | 'cell_edit_mode' | 'protected_sheet' | 'payload_too_large' | 'timeout' | 'old_excel' | 'excel_error';

/** A refresh that could not finish: a code for the UI and a sentence for the user. */
export class RefreshError extends Error {
  constructor(
    readonly code: RefreshErrorCode,
    readonly userMessage: string,
    override readonly cause?: unknown,
  ) {
    super(userMessage);
    this.name = 'RefreshError';
  }
}

/** A sync that did not answer within the time allowed. */
export class SyncTimeoutError extends Error {
  readonly code = 'SyncTimeout';
  constructor(readonly ms: number) {
    super(`context.sync() did not answer within ${ms} ms`);
  }
}

/**
 * The Office error code of an error (OfficeExtension.Error or the host's), if it has one.
 * @example officeCode({ code: 'ItemNotFound' }) // 'ItemNotFound'
 */
export function officeCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** How far a refresh got, so a failure can say what was and was not updated. */
export class Progress {
  phase: 'read' | 'analyse' | 'write' = 'read';
  /** Sheets whose RAG columns were fully written. */
  written: string[] = [];
  /** Sheets the refresh meant to write. */
  pending: string[] = [];
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

function state(p: Progress): string {
  if (p.phase !== 'write') return 'nothing in the workbook was changed';
  const left = p.pending.filter((s) => !p.written.includes(s));
  if (p.written.length === 0) return `the RAG columns on ${quoted(left)} may be only partly updated`;
  if (left.length === 0) return `the RAG columns on ${quoted(p.written)} were updated but their colours or settings may not be`;
  return `the RAG columns on ${quoted(p.written)} were updated and those on ${quoted(left)} may not be`;
}

/**
 * The one sentence for a failure, given how far the refresh got. Writes are idempotent, so
 * "refresh again" always completes a refresh that stopped midway.
 * @example toRefreshError({ code: 'InvalidOperationInCellEditMode' }, new Progress()).userMessage
 *   // 'Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.'
 */
export function toRefreshError(error: unknown, progress: Progress): RefreshError {
  if (error instanceof RefreshError) return error;
  const code = officeCode(error);
  const where = state(progress);
  const midway = progress.phase === 'write' ? ` (${where}).` : '.';
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new RefreshError('cell_edit_mode', `Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again${midway}`, error);
    case 'SyncTimeout': {
      const seconds = error instanceof SyncTimeoutError ? Math.max(1, Math.round(error.ms / 1000)) : 60;
      return new RefreshError('timeout', `Excel did not answer within ${seconds} second${seconds === 1 ? '' : 's'}, so the refresh stopped and ${where}: close any dialog open in Excel, then refresh again.`, error);
    }
    case 'AccessDenied':
      return new RefreshError('protected_sheet', `A sheet the refresh writes to was protected while it ran, so it stopped and ${where}: refresh again to skip protected sheets, or ask the owner to unprotect the sheet (Review > Unprotect Sheet).`, error);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new RefreshError('payload_too_large', `The workbook holds more than Excel can pass to the add-in at once, so the refresh stopped and ${where}: shorten the longest cells or split the tracker, then refresh again.`, error);
    case 'ApiNotFound':
      return new RefreshError('old_excel', 'This version of Excel lacks features the refresh needs (ExcelApi 1.7): update Office, or use Excel on the web.', error);
    default:
      return new RefreshError('excel_error', `Excel could not finish the refresh (${code ?? 'unexpected error'}), so ${where}: refresh again, and if it fails again save, close and reopen the workbook.`, error);
  }
}
