import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dateFlag, today } from '../cli/options';
import { summaryText, writeJson } from '../cli/output';
import { CliError, EXIT } from '../cli/errors';
import { refreshWorkbook } from '../excel/refresh';
import { RefreshError } from '../excel/errors';
import { modelFromExcelJs } from '../host/exceljs/load';
import { applyModelToExcelJs } from '../host/exceljs/save';
import { MemoryExcelHost, runnerFor } from '../host/memory';
import { WorkbookReadError, WorkbookWriteError, loadWorkbook, saveWorkbook } from '../xlsx/files';

/*
 * `npm run sim -- <in.xlsx> [--as-of D] [--next-meeting D] [-o out.xlsx] [--json FILE|-] [--web]`:
 * the add-in's refresh (src/excel, not the command line's code) run headless against the
 * in-memory Excel loaded from the file, saved back through ExcelJS, with the command line's
 * JSON report plus what it cost in Excel round trips.
 */

export interface SimIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: npm run sim -- <in.xlsx> [--as-of YYYY-MM-DD] [--next-meeting YYYY-MM-DD] [--next-meeting-name NAME] [-o out.xlsx] [--json FILE|-] [--web]';

/** `<in>.sim.xlsx` beside the input, so it never overwrites the command line's `<in>.rag.xlsx`. */
function outputPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.sim${ext || '.xlsx'}`);
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      'next-meeting': { type: 'string' },
      'next-meeting-name': { type: 'string' },
      output: { type: 'string', short: 'o' },
      json: { type: 'string' },
      web: { type: 'boolean' },
    },
  });
  const input = positionals[0];
  if (input === undefined || positionals.length > 1) throw new CliError(USAGE, EXIT.badArguments);
  return { input, values };
}

async function simulate(argv: readonly string[], io: SimIo): Promise<number> {
  const { input, values } = parse(argv);
  const output = values.output ?? outputPath(input);
  if (samePath(input, output)) throw new CliError(`The output ${output} is the input file; choose another -o path.`, EXIT.badArguments);
  const asOf = dateFlag(values['as-of'], '--as-of') ?? today();
  const nextMeeting = dateFlag(values['next-meeting'], '--next-meeting');
  const workbook = await loadWorkbook(input);
  const host = new MemoryExcelHost(modelFromExcelJs(workbook), { platform: values.web === true ? 'web' : 'desktop' });
  const outcome = await refreshWorkbook(runnerFor(host), {
    asOf,
    ...(nextMeeting === undefined ? {} : { nextMeeting }),
    ...(values['next-meeting-name'] === undefined ? {} : { nextMeetingName: values['next-meeting-name'] }),
    web: values.web === true,
    supports: host.supports,
  });
  applyModelToExcelJs(host.workbook, workbook);
  await saveWorkbook(workbook, output);
  const { syncs, maxRequestBytes, maxResponseBytes, formatCalls } = host.stats;
  if (values.json !== undefined) writeJson({ ...outcome.report, excel: { syncs, maxRequestBytes, maxResponseBytes, formatCalls } }, values.json, io.stdout);
  if (values.json !== '-') io.stdout.write(`${summaryText(outcome.report)}\nExcel: ${syncs} round trips, largest request ${maxRequestBytes} bytes, largest response ${maxResponseBytes} bytes, ${formatCalls} format calls\nWrote ${output}\n`);
  return EXIT.ok;
}

/**
 * Runs the headless refresh and returns its exit code: 0 done, 2 bad arguments, 3 the file
 * cannot be read or holds no tracker, 4 the refresh failed in (simulated) Excel.
 * @example await runSim(['tracker.xlsx', '--as-of', '2022-11-30', '--json', '-'], process)
 */
export async function runSim(argv: readonly string[], io: SimIo): Promise<number> {
  try {
    return await simulate(argv, io);
  } catch (error) {
    const [message, code] =
      error instanceof CliError ? [error.message, error.exitCode]
      : error instanceof WorkbookReadError ? [error.message, EXIT.unreadable]
      : error instanceof RefreshError ? [error.userMessage, error.code === 'no_tracker' ? EXIT.unreadable : 4]
      : error instanceof WorkbookWriteError ? [error.message, 4]
      : error instanceof TypeError && /parseArgs|option/i.test(error.message) ? [`${error.message}\n${USAGE}`, EXIT.badArguments]
      : [`unexpected failure: ${error instanceof Error ? error.message : String(error)}`, 70];
    io.stderr.write(`rag-tracker sim: ${message}\n`);
    return code;
  }
}

if (require.main === module) {
  void runSim(process.argv.slice(2), process).then((code) => {
    process.exitCode = code;
  });
}
