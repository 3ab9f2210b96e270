import type ExcelJS from 'exceljs';
import { analyseWorkbook, type WorkbookAnalysis } from '../core/analyse/workbook';
import { defaultSettings, mergeSettings, type Settings } from '../core/settings';
import { gridsFromWorkbook } from '../xlsx/read';
import { openWorkbookFile, readSettingsSheet, WorkbookReadError } from '../xlsx';
import { CliError, EXIT } from './errors';
import { dateFlag, today } from './options';

export interface CommonFlags {
  sheet?: string;
  asOf?: string;
  nextMeeting?: string;
  nextMeetingName?: string;
}

export interface OpenedTracker {
  workbook: ExcelJS.Workbook;
  /** The file as read, which a refresh patches into its output. */
  bytes: Buffer;
  settings: Settings;
  analysis: WorkbookAnalysis;
}

/** Settings from the workbook's RAG Settings sheet, then the flags (SPEC 8). */
export function settingsFor(workbook: ExcelJS.Workbook, flags: CommonFlags): Settings {
  const asOf = dateFlag(flags.asOf, '--as-of') ?? today();
  const settings = mergeSettings(defaultSettings(asOf), readSettingsSheet(workbook));
  settings.asOf = asOf;
  const meeting = dateFlag(flags.nextMeeting, '--next-meeting');
  if (meeting !== undefined) settings.nextMeeting = { date: meeting, name: flags.nextMeetingName ?? settings.meetings.find((m) => m.date === meeting)?.name ?? '' };
  return settings;
}

/** Loads a workbook and rates its trackers; a file that cannot be read, or holds no tracker, is exit 3. */
export async function openTracker(path: string, flags: CommonFlags): Promise<OpenedTracker> {
  let workbook: ExcelJS.Workbook;
  let bytes: Buffer;
  try {
    ({ workbook, bytes } = await openWorkbookFile(path));
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.message, EXIT.unreadable);
    throw error;
  }
  const settings = settingsFor(workbook, flags);
  let grids = gridsFromWorkbook(workbook);
  if (flags.sheet !== undefined) {
    grids = grids.filter((g) => g.name === flags.sheet);
    if (grids.length === 0) throw new CliError(`There is no sheet called "${flags.sheet}" in ${path}.`, EXIT.unreadable);
  }
  const analysis = analyseWorkbook(grids, settings);
  if (analysis.trackers.length === 0) {
    const why = analysis.issues.map((i) => `${i.sheet}: ${i.message}`).join('\n');
    throw new CliError(`${path} holds no action tracker.\n${why}`, EXIT.unreadable);
  }
  return { workbook, bytes, settings, analysis };
}
