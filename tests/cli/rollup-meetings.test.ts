import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { SEED004, sampleDir, tempDir } from '../helpers/samples';

const SEED000 = 'seed000-nice-initial-actions.xlsx';

/*
 * A roll-up says what each workbook was rated against (rv6-d review): refreshed copies keep
 * their own next meetings and snapshots, which one heading must not claim for all.
 */

async function refreshed(): Promise<{ dir: string; a: string; b: string }> {
  const samples = await sampleDir();
  const dir = tempDir();
  const a = join(dir, 'elg.rag.xlsx');
  const b = join(dir, 'nice.rag.xlsx');
  expect((await cli(['refresh', join(samples, SEED004), '-o', a, '--as-of', '2022-11-03', '--next-meeting', '2022-12-15', '--next-meeting-name', 'ELG December 22'])).code).toBe(0);
  expect((await cli(['refresh', join(samples, SEED000), '-o', b, '--as-of', '2022-11-03', '--next-meeting', '2025-01-29', '--next-meeting-name', 'Oversight group January 2025'])).code).toBe(0);
  return { dir, a, b };
}

describe('rag-tracker rollup of workbooks with their own saved meetings', () => {
  let files: { dir: string; a: string; b: string };
  beforeAll(async () => {
    files = await refreshed();
  });

  it("names no one meeting when they differ, and lists each tracker's own under Trackers included", async () => {
    const result = await cli(['rollup', files.a, files.b, '--as-of', '2022-11-10']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Next meeting: each tracker is rated against its own (see Trackers included)');
    expect(result.stdout).toContain('## Trackers included');
    expect(result.stdout).toContain('| ELG December 22, 15 Dec 2022 |');
    expect(result.stdout).toContain('| Oversight group January 2025, 29 Jan 2025 |');
    expect(result.stdout).toContain("## Due at each tracker's own next meeting");
  });

  it('rates every workbook against --next-meeting when it is given', async () => {
    const result = await cli(['rollup', files.a, files.b, '--as-of', '2022-11-10', '--next-meeting', '2022-12-01', '--json', '-']);
    const report = JSON.parse(result.stdout) as { nextMeeting: string | null; included: { nextMeeting: { date: string } | null }[] };
    expect(report.nextMeeting).toBe('2022-12-01');
    expect(report.included.map((r) => r.nextMeeting?.date)).toEqual(['2022-12-01', '2022-12-01', '2022-12-01']);
  });

  it('gives a null next meeting in the JSON report when the workbooks differ', async () => {
    const report = JSON.parse((await cli(['rollup', files.a, files.b, '--as-of', '2022-11-10', '--json', '-'])).stdout) as { nextMeeting: string | null };
    expect(report.nextMeeting).toBeNull();
  });

  it('notes on stderr a workbook whose last snapshot is long before today, when no --as-of is given', async () => {
    const today = await cli(['rollup', files.a, '--json', '-']);
    expect(today.stderr).toContain('rag-tracker: note: elg.xlsx: its last snapshot in RAG History is as at 3 Nov 2022');
    expect(today.stderr).toContain('give --as-of 2022-11-03');
    expect((await cli(['rollup', files.a, '--as-of', '2022-11-10', '--json', '-'])).stderr).not.toContain('note:');
  });

  it('says it wrote the JSON report, as it does the other outputs', async () => {
    const json = join(files.dir, 'rollup.json');
    const result = await cli(['rollup', files.a, '--as-of', '2022-11-10', '--json', json]);
    expect(result.stdout).toContain(`Wrote ${json}\n`);
  });
});

describe('rag-tracker summary --sheet naming a sheet that is not there', () => {
  it('lists the sheets the workbook has', async () => {
    const result = await cli(['summary', join(await sampleDir(), SEED004), '--sheet', 'Nope', '--as-of', '2022-11-03']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/There is no sheet called "Nope" in .*\. Its sheets are "Action Plan"/);
  });
});
