import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT } from './errors';

/** Whether two paths name one file, through symbolic links and `./` spellings. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** A file the command will write, with the flag that named it, for messages. */
export interface OutputTarget {
  flag: string;
  path: string | undefined;
}

/**
 * Checks, before any work, that no file to be written is a workbook given as input and that
 * no two outputs name one file: either would silently replace what the user gave, or what
 * another flag asked for (SPEC 8: the input is never overwritten). Exit 2 otherwise.
 */
export function checkOutputs(outputs: readonly OutputTarget[], inputs: readonly string[]): void {
  const files = outputs.filter((o): o is { flag: string; path: string } => o.path !== undefined && o.path !== '-');
  for (const [i, out] of files.entries()) {
    if (inputs.some((input) => samePath(input, out.path))) {
      throw new CliError(`${out.flag} ${out.path} is an input workbook; rag-tracker never overwrites its input. Choose another file name.`, EXIT.badArguments);
    }
    const twin = files.slice(0, i).find((o) => samePath(o.path, out.path));
    if (twin !== undefined) throw new CliError(`${twin.flag} and ${out.flag} both name ${out.path}; give each output its own file.`, EXIT.badArguments);
  }
}

/** Writes a file, or fails with a sentence naming it and exit 3, as for a file that cannot be read. */
export function saveFile(target: string, data: string | Uint8Array): void {
  try {
    writeFileSync(target, data);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown error';
    const hint = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? 'close it in Word or Excel, or choose another file name' : 'check the folder exists and you can write to it';
    throw new CliError(`Cannot write ${target} (${code}): ${hint}.`, EXIT.unreadable);
  }
}
