import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { SEED003, SEED004, sampleDir } from '../helpers/samples';

/* What the command line says, read as a board secretary reads it (the rv10 review). */

const sample = async (file: string) => join(await sampleDir(), file);

describe('the one-line summary of a Table One sheet', () => {
  it('counts its rows as ambitions, an action sheet as actions', async () => {
    const result = await cli(['validate', await sample(SEED003), '--as-of', '2023-09-30', '--next-meeting', '2024-03-28']);
    expect(result.stdout).toMatch(/^Table One: 12 ambitions \(header row \d+\) — /m);
    expect(result.stdout).toMatch(/^Conditions: 33 actions \(header row \d+\) — /m);
  });
});

describe('the next-meeting flags', () => {
  it('warns that a meeting name without its date is not used', async () => {
    const result = await cli(['validate', await sample(SEED004), '--as-of', '2022-11-03', '--next-meeting-name', 'ELG December 22']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^rag-tracker: warning: --next-meeting-name "ELG December 22" is used only with a date\b.*--next-meeting/m);
  });

  it('warns, naming both dates, when the next meeting is before the as-of date, and still runs', async () => {
    const result = await cli(['validate', await sample(SEED004), '--as-of', '2022-11-03', '--next-meeting', '2022-01-12']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^rag-tracker: warning: .*--next-meeting 2022-01-12.* before .*--as-of 2022-11-03/m);
    expect(result.stdout).toMatch(/^Action Plan: 15 actions/m);
  });

  it('says nothing when the meeting is on or after the as-of date', async () => {
    const result = await cli(['validate', await sample(SEED004), '--as-of', '2022-11-03', '--next-meeting', '2022-12-15', '--next-meeting-name', 'ELG December 22']);
    expect(result.stderr).toBe('');
  });
});

describe('validate', () => {
  it('writes a cell reference as Excel does, the sheet quoted where its name has a space', async () => {
    const result = await cli(['validate', await sample(SEED004), '--as-of', '2022-11-03']);
    expect(result.stdout).toMatch(/^'Action Plan'!E17 warning undated: /m);
    expect(result.stdout).not.toMatch(/^Action Plan!/m);
  });
});
