/** Exit codes of SPEC 8: scripts and CI jobs branch on these. */
export const EXIT = { ok: 0, dataErrors: 1, badArguments: 2, unreadable: 3 } as const;

/** A failure the user can act on, with the exit code it maps to. Raised anywhere, reported once in main. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
