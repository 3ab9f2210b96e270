import { basename } from 'node:path';
import { analyseWorkbook, type WorkbookAnalysis } from '../core/analyse/workbook';
import { settingsForRefresh } from '../core/refresh-settings';
import type { Settings } from '../core/settings';
import { WorkbookReadError, loadWorkbookBytes, readPackageSource, readWorkbookBytes, sourceFromExcelJs, type WorkbookSource } from '../xlsx';
import { CliError, EXIT } from './errors';
import { dateFlag, today } from './options';
import { sharperReadMessage } from './unreadable';

/** A workbook read, in which no action tracker was found: a roll-up advises on it in its own terms. */
export class NoTrackerError extends CliError {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(`${path} holds no action tracker.\n${why}`, EXIT.unreadable);
  }
}

export interface CommonFlags {
  sheet?: string;
  asOf?: string;
  nextMeeting?: string;
  nextMeetingName?: string;
}

export interface OpenedTracker {
  /** What was read: grids, stored settings, history, title. */
  source: WorkbookSource;
  /** The file as read, which a refresh patches into its output. */
  bytes: Buffer;
  /** The file's path, for messages. */
  path: string;
  settings: Settings;
  analysis: WorkbookAnalysis;
}

/** Settings from the workbook's RAG Settings sheet, then the flags (SPEC 8). */
export function settingsFor(source: WorkbookSource, flags: CommonFlags): Settings {
  const asOf = dateFlag(flags.asOf, '--as-of') ?? today();
  const nextMeeting = dateFlag(flags.nextMeeting, '--next-meeting');
  return settingsForRefresh(source.settingsJson, { asOf, ...(nextMeeting === undefined ? {} : { nextMeeting }), ...(flags.nextMeetingName === undefined ? {} : { nextMeetingName: flags.nextMeetingName }) });
}

/*
 * The package reader takes a fraction of ExcelJS's time and memory and reads the same values
 * (tests/xlsx/read-package); a package it cannot read is loaded through ExcelJS, which also
 * names a damaged file.
 */
async function readSource(bytes: Buffer, path: string): Promise<WorkbookSource> {
  try {
    return readPackageSource(bytes);
  } catch {
    return sourceFromExcelJs(await loadWorkbookBytes(bytes, path));
  }
}

/** A message that opens with the file's base name, opening with the path as given instead. */
function asGiven(message: string, path: string): string {
  const name = basename(path);
  return name !== path && message.startsWith(`${name} `) ? `${path}${message.slice(name.length)}` : message;
}

/** Loads a workbook and rates its trackers; a file that cannot be read, or holds no tracker, is exit 3. */
export async function openTracker(path: string, flags: CommonFlags): Promise<OpenedTracker> {
  let bytes: Buffer;
  let source: WorkbookSource;
  try {
    bytes = await readWorkbookBytes(path);
    source = await readSource(bytes, path);
  } catch (error) {
    // The reader names some files by their base name: named as the command line gave them, as every other message does.
    if (error instanceof WorkbookReadError) throw new CliError(sharperReadMessage(error, path) ?? asGiven(error.message, path), EXIT.unreadable);
    throw error;
  }
  const settings = settingsFor(source, flags);
  let grids = source.grids;
  if (flags.sheet !== undefined) {
    grids = grids.filter((g) => g.name === flags.sheet);
    if (grids.length === 0) {
      // Named, so a misspelt or renamed sheet can be put right without opening the workbook.
      const names = source.grids.map((g) => `"${g.name}"`).join(', ');
      throw new CliError(`There is no sheet called "${flags.sheet}" in ${path}. ${names === '' ? 'It has no sheets.' : `Its sheets are ${names}.`}`, EXIT.unreadable);
    }
  }
  const analysis = analyseWorkbook(grids, settings);
  if (analysis.trackers.length === 0) {
    const why = analysis.issues.map((i) => `${i.sheet}: ${i.message}`).join('\n');
    throw new NoTrackerError(path, why);
  }
  return { source, bytes, path, settings, analysis };
}
