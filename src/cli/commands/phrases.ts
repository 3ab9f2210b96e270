import { createInterface } from 'node:readline';
import { defaultSettings, calendarOf } from '../../core/settings';
import { classifyStatus } from '../../core/status';
import { parseTimeframe } from '../../core/timeframe';
import { dateFlag, today } from '../options';

async function eachLine(input: NodeJS.ReadableStream, fn: (line: string) => unknown, out: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    // A byte-order mark (Windows editors, PowerShell pipes) is not part of the first phrase.
    const text = first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
    out.write(`${JSON.stringify(fn(text))}\n`);
  }
}

/** `timeframe`: one phrase a line in, one JSON object a line out — the parser tested from outside. */
export async function timeframeCommand(flags: { asOf?: string; nextMeeting?: string; nextMeetingName?: string }, input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<number> {
  const settings = defaultSettings(dateFlag(flags.asOf, '--as-of') ?? today());
  const meeting = dateFlag(flags.nextMeeting, '--next-meeting');
  if (meeting !== undefined) settings.nextMeeting = { date: meeting, name: flags.nextMeetingName ?? '' };
  const calendar = calendarOf(settings);
  await eachLine(input, (text) => {
    const t = parseTimeframe(text, settings.asOf, calendar);
    return { text, kind: t.kind, start: t.start, end: t.end };
  }, out);
  return 0;
}

/** `status`: one phrase a line in, `{"text","status"}` a line out. */
export async function statusCommand(input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<number> {
  await eachLine(input, (text) => ({ text, status: classifyStatus(text) }), out);
  return 0;
}
