import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/samples';

/*
 * A partner's tracker refreshed in its folder leaves its refreshed copy (<name>.rag.xlsx) beside
 * it: rolling up the folder must count that partner once, and say which file it read (rv18
 * finding 1). Two files holding one tracker under other names are warned of.
 */

const AS_OF = ['--as-of', '2026-12-07'];

async function tracker(path: string, title: string, rows: [string, string, string, string][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow([`${title} – winter plan actions`]);
  ws.addRow(['Ref', 'Action', 'Lead', 'Due', 'Status']);
  rows.forEach(([ref, action, due, status]) => ws.addRow([ref, action, 'Ops Director', due, status]));
  await wb.xlsx.writeFile(path);
  return path;
}

const ROWS: [string, string, string, string][] = [
  ['1', 'Open escalation beds', 'Nov 26', 'Complete'],
  ['2', 'Flu vaccination of frontline staff', 'Dec 26', '62% – behind trajectory'],
  ['3', 'Discharge lounge extended hours', 'Oct 26', 'Not started'],
];

interface Rolled {
  files: string[];
  total: { actions: number };
}

async function rollup(args: string[]): Promise<{ code: number; report: Rolled; stderr: string }> {
  const result = await cli(['rollup', ...args, ...AS_OF, '--json', '-']);
  return { code: result.code, report: JSON.parse(result.stdout || '{}') as Rolled, stderr: result.stderr };
}

/** Sets a file's modified time, minutes after a fixed moment, so which was saved last is known. */
function savedAt(path: string, minutes: number): void {
  const t = new Date(Date.UTC(2026, 11, 7, 9, minutes));
  utimesSync(path, t, t);
}

async function folder(): Promise<{ dir: string; acute: string; community: string; copy: string }> {
  const dir = tempDir();
  const acute = await tracker(join(dir, '01-Acute.xlsx'), 'Acute Trust', ROWS);
  const community = await tracker(join(dir, '02-Community.xlsx'), 'Community Trust', [...ROWS, ['4', 'Mutual aid agreement', 'Mar 27', 'On track']]);
  expect((await cli(['refresh', community, ...AS_OF])).code).toBe(0);
  return { dir, acute, community, copy: join(dir, '02-Community.rag.xlsx') };
}

describe('rollup over a folder holding a tracker and its refreshed copy', () => {
  it('rolls up the one saved last, the refreshed copy, and says which it left out', async () => {
    const f = await folder();
    savedAt(f.community, 0);
    savedAt(f.copy, 5);
    const { code, report, stderr } = await rollup([f.dir]);
    expect(code).toBe(0);
    expect(report.total.actions).toBe(3 + 4);
    expect(report.files).toEqual(['01-Acute.xlsx', '02-Community.xlsx']);
    expect(stderr).toContain(`rag-tracker: note: ${f.copy} is the refreshed copy of ${f.community}, one tracker: only ${f.copy}, saved last, is rolled up, so its actions are counted once.`);
  });

  it('rolls up the source when it was saved after its refreshed copy (edited since)', async () => {
    const f = await folder();
    savedAt(f.copy, 0);
    savedAt(f.community, 5);
    const { report, stderr } = await rollup([f.dir]);
    expect(report.total.actions).toBe(7);
    expect(stderr).toContain(`only ${f.community}, saved last, is rolled up`);
  });

  it('applies the same rule to files named one by one, in any order', async () => {
    const f = await folder();
    savedAt(f.community, 0);
    savedAt(f.copy, 5);
    const { report, stderr } = await rollup([f.copy, f.acute, f.community]);
    expect(report.total.actions).toBe(7);
    expect(report.files).toEqual(['02-Community.xlsx', '01-Acute.xlsx']);
    expect(stderr).toContain('is the refreshed copy of');
  });

  it('pairs no copy with a source it was not refreshed from: alone, or its source moved to another folder (then only warned of)', async () => {
    const f = await folder();
    const other = join(tempDir(), 'elsewhere');
    mkdirSync(other);
    const moved = join(other, '02-Community.xlsx');
    copyFileSync(f.community, moved);
    const alone = await rollup([f.copy, f.acute]);
    expect(alone.report.total.actions).toBe(7);
    expect(alone.stderr).not.toContain('refreshed copy');
    const apart = await rollup([f.copy, moved, f.acute]);
    expect(apart.report.total.actions).toBe(4 + 4 + 3);
    expect(apart.stderr).not.toContain('refreshed copy');
    expect(apart.stderr).toContain(`warning: ${f.copy} and ${moved} hold the same tracker`);
  });
});

describe('rollup over two files holding one tracker under different names', () => {
  it('rolls up both but warns that the tracker is counted twice', async () => {
    const f = await folder();
    const copy = join(f.dir, '01-Acute - Copy.xlsx');
    copyFileSync(f.acute, copy);
    const { code, report, stderr } = await rollup([f.acute, copy, f.community]);
    expect(code).toBe(0);
    expect(report.total.actions).toBe(3 + 3 + 4);
    expect(stderr).toContain(`rag-tracker: warning: ${f.acute} and ${copy} hold the same tracker (the same sheets, actions, leads and updates), so its actions are counted twice: remove one of them, or name the files to roll up one by one.`);
  });

  it('does not warn of partners who filled in one template with their own updates', async () => {
    const dir = tempDir();
    const a = await tracker(join(dir, 'a.xlsx'), 'Acute Trust', ROWS);
    const b = await tracker(join(dir, 'b.xlsx'), 'Hospice', ROWS.map(([r, act, due]) => [r, act, due, 'On track']));
    const { report, stderr } = await rollup([a, b]);
    expect(report.total.actions).toBe(6);
    expect(stderr).not.toContain('same tracker');
  });
});
