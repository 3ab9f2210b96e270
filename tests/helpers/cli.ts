import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Sink extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the command line in-process, with stdin from a string and captured output. */
export async function cli(args: string[], stdin = '', tty = false): Promise<CliResult> {
  const stdout = new Sink();
  const stderr = new Sink(tty);
  const code = await run(args, { stdout, stderr }, Readable.from([stdin]));
  return { code, stdout: stdout.text, stderr: stderr.text };
}
