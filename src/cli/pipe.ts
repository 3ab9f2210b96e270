/**
 * Ends the process quietly when whoever reads our output stops reading
 * (`rag-tracker status < phrases.txt | head`): a closed pipe is the reader's choice, not a failure
 * to report with a stack trace. Any other write error is rethrown, so it reaches the user.
 * @example closeQuietlyOnEpipe(process.stdout, () => process.exit(0));
 */
export function closeQuietlyOnEpipe(stream: NodeJS.EventEmitter, stop: () => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stop();
    else throw error;
  });
}
