import { resolve } from 'node:path';
import type { SummaryModel } from '../core/summary';
import { summaryCsv } from '../export/csv';
import { summaryMarkdown } from '../export/markdown';
import { CliError, EXIT } from './errors';
import { checkOutputs, saveFile } from './files';

/** Where the board exports go: a file each, or "-" for stdout (CSV and Markdown only). */
export interface ExportTargets {
  docx?: string;
  csv?: string;
  md?: string;
}

/**
 * Checks export targets before any work: the .docx needs a file, at most one export may go
 * to stdout, none may overwrite an input workbook, and no two (the JSON report included)
 * may name one file. Exit 2 otherwise.
 */
export function checkTargets(targets: ExportTargets, inputs: readonly string[], json?: string): void {
  if (targets.docx === '-') throw new CliError('--docx needs a file name: a Word document cannot be written to the terminal.', EXIT.badArguments);
  const toStdout = [targets.csv, targets.md, json].filter((t) => t === '-').length;
  if (toStdout > 1) throw new CliError('Only one output can go to stdout ("-"): give the others a file name.', EXIT.badArguments);
  const ins = new Set(inputs.map((p) => resolve(p)));
  for (const target of [targets.docx, targets.csv, targets.md]) {
    if (target !== undefined && target !== '-' && ins.has(resolve(target))) {
      throw new CliError(`${target} is an input workbook; exports never overwrite their input. Choose another file name.`, EXIT.badArguments);
    }
  }
  checkOutputs([{ flag: '--json', path: json }, { flag: '--docx', path: targets.docx }, { flag: '--csv', path: targets.csv }, { flag: '--md', path: targets.md }], inputs);
}

/**
 * Writes the requested exports; returns the files written. CSV on stdout has no byte-order
 * mark (it is for pipes, not for Excel). A file that cannot be written is exit 3.
 */
export async function writeExports(model: SummaryModel, targets: ExportTargets, stdout: NodeJS.WritableStream): Promise<string[]> {
  const written: string[] = [];
  const put = (target: string, data: string | Uint8Array) => {
    if (target === '-') stdout.write(data);
    else {
      saveFile(target, data);
      written.push(target);
    }
  };
  if (targets.md !== undefined) put(targets.md, summaryMarkdown(model));
  if (targets.csv !== undefined) put(targets.csv, summaryCsv(model, { bom: targets.csv !== '-' }));
  if (targets.docx !== undefined) {
    // Loaded only when asked for: the Word library is the largest the command line loads.
    const { summaryDocx } = await import('../export/docx');
    put(targets.docx, await summaryDocx(model));
  }
  return written;
}
