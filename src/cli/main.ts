import { Command, CommanderError, Option } from 'commander';
import { refresh, type CommandIo } from './commands/refresh';
import { validate } from './commands/validate';
import { statusCommand, timeframeCommand } from './commands/phrases';
import { summaryCommand } from './commands/summary';
import { rollupCommand } from './commands/rollup';
import { CliError, EXIT } from './errors';
import { meetingFlagWarnings } from './meeting-flags';

const DATE = 'YYYY-MM-DD';

function program(io: CommandIo, stdin: NodeJS.ReadableStream, setExit: (code: number) => void): Command {
  const cli = new Command('rag-tracker')
    .description('Rates NHS action-plan trackers Red/Amber/Green in .xlsx workbooks, with a reason for every rating.')
    .exitOverride()
    .showHelpAfterError('(run rag-tracker --help, or rag-tracker <command> --help, for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText('after', `\nExit codes: 0 done; 1 data-quality errors found (with --strict); 2 bad arguments;\n3 a file cannot be read or holds no tracker (the message says which).\nDates are written ${DATE}. Settings come from the workbook's RAG Settings sheet, then these flags.`);
  // Said before any command runs, once, whichever command took the flags.
  cli.hook('preAction', (_cli, command) => {
    for (const warning of meetingFlagWarnings(command.opts())) io.stderr.write(`rag-tracker: warning: ${warning}\n`);
  });
  const asOf = () => new Option('--as-of <date>', `reporting date the ratings are computed at (${DATE}; default today)`);
  const nextMeeting = () => new Option('--next-meeting <date>', `date of the next meeting (${DATE})`);
  cli
    .command('refresh <in.xlsx>')
    .description('rate every action and write <in>.rag.xlsx with RAG columns and colours')
    .option('-o, --output <out.xlsx>', 'where to write the refreshed workbook (never the input)')
    .option('--sheet <name>', 'only the tracker on this sheet')
    .addOption(asOf())
    .addOption(nextMeeting())
    .option('--next-meeting-name <name>', 'name of the next meeting, e.g. "ELG December 22"')
    .option('--json <file|->', 'write the JSON report (version 1) to a file, or - for stdout')
    .option('--strict', 'exit 1 when the data-quality check finds errors')
    .option('--no-summary', 'do not build the RAG Summary sheet')
    .action(async (input: string, flags) => setExit(await refresh(input, flags, io)));
  cli
    .command('validate <in.xlsx>')
    .description('check the workbook: detected columns and every data-quality problem, writing nothing')
    .option('--sheet <name>', 'only the tracker on this sheet')
    .addOption(asOf())
    .addOption(nextMeeting())
    .option('--next-meeting-name <name>', 'name of the next meeting, e.g. "ELG December 22"')
    .option('--json <file|->', 'write the JSON report (version 1) to a file, or - for stdout')
    .option('--strict', 'exit 1 when the data-quality check finds errors')
    .action(async (input: string, flags) => setExit(await validate(input, flags, io)));
  const exports = (c: Command, defaultTitle: string) =>
    c
      .option('--docx <file>', 'write the board paper as a Word document (landscape)')
      .option('--csv <file|->', 'write Table One and the exceptions as CSV, or - for stdout')
      .option('--md <file|->', 'write the summary as Markdown, or - for stdout (the default when no output is named)')
      .option('--title <text>', `the summary's title (default: ${defaultTitle})`);
  exports(
    cli
      .command('summary <in.xlsx>')
      .description('the RAG Summary (Table One, exceptions, due at the next meeting, data quality) as .docx, CSV or Markdown')
      .option('--sheet <name>', 'only the tracker on this sheet')
      .addOption(asOf())
      .addOption(nextMeeting())
      .option('--next-meeting-name <name>', 'name of the next meeting, e.g. "ELG December 22"'),
    "the workbook's title, else the sheet names",
  ).action(async (input: string, flags) => setExit(await summaryCommand(input, flags, io)));
  exports(
    cli
      .command('rollup <workbooks...>')
      .description('one combined summary across workbooks (or folders of them), each row labelled with its workbook; stops, naming every file it cannot read, rather than leave one out')
      .addOption(asOf())
      .addOption(nextMeeting())
      .option('--next-meeting-name <name>', 'name of the next meeting')
      .option('--json <file|->', 'write the JSON report (version 1) of every workbook to a file, or - for stdout')
      .option('--strict', 'exit 1 when the data-quality check finds errors in any workbook'),
    '"Roll-up of <n> workbooks"',
  ).action(async (inputs: string[], flags) => setExit(await rollupCommand(inputs, flags, io)));
  cli
    .command('timeframe')
    .description('read time-frame phrases from stdin, one a line; print {"text","kind","start","end"} a line')
    .addOption(asOf())
    .addOption(nextMeeting())
    .option('--next-meeting-name <name>', 'name of the next meeting, which a phrase naming that meeting ("Dec Board") is read as')
    .action(async (flags) => setExit(await timeframeCommand(flags, stdin, io.stdout)));
  cli
    .command('status')
    .description('read status phrases from stdin, one a line; print {"text","status"} a line')
    .action(async () => setExit(await statusCommand(stdin, io.stdout)));
  return cli;
}

/**
 * Runs the command line and returns its exit code. Every failure is mapped here, once, to a
 * sentence on stderr and an exit code of SPEC 8.
 */
export async function run(argv: readonly string[], io: CommandIo, stdin: NodeJS.ReadableStream): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, stdin, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help shown because no command was given carries exit code 1: a bad invocation, not a request.
      const asked = error.code === 'commander.help' && error.exitCode === 0;
      const ok = asked || error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return ok ? EXIT.ok : EXIT.badArguments;
    }
    if (error instanceof CliError) {
      io.stderr.write(`rag-tracker: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`rag-tracker: unexpected failure: ${message}\nPlease report this with the command you ran.\n`);
    return 70;
  }
}
