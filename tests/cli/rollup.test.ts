import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookLabels } from '../../src/cli/commands/rollup';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { ALL_SAMPLES, SEED003, SEED004, sampleDir, tempDir } from '../helpers/samples';
import { readDocx } from '../export/docx-reader';

const AS_OF = ['--as-of', '2023-09-30'];
const SEED000 = 'seed000-nice-initial-actions.xlsx';

interface Report {
  workbooks: string[];
  trackers: { workbook: string; sheet: string; actions: unknown[]; groups: { workbook: string }[]; issues: { workbook?: string }[] }[];
  issues: { workbook: string }[];
  total: { actions: number; counts: Record<string, number> };
}

describe('rag-tracker rollup: one summary across workbooks (an ICS or partnership view)', () => {
  it('labels every tracker, group and issue of the JSON report with its workbook, and the report validates', async () => {
    const dir = await sampleDir();
    const result = await cli(['rollup', join(dir, SEED004), join(dir, SEED003), join(dir, SEED000), ...AS_OF, '--json', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expectValidReport(report);
    expect(report.workbooks).toEqual([SEED004, SEED003, SEED000]);
    expect(report.trackers.map((t) => [t.workbook, t.sheet])).toEqual([[SEED004, 'Action Plan'], [SEED003, 'Table One'], [SEED003, 'Conditions'], [SEED000, 'Initial actions'], [SEED000, 'Jan–Apr 2025 plan']]);
    for (const t of report.trackers) {
      expect(t.groups.every((g) => g.workbook === t.workbook)).toBe(true);
      expect(t.issues.every((i) => i.workbook === t.workbook)).toBe(true);
    }
    const actions = report.trackers.reduce((n, t) => n + t.actions.length, 0);
    expect(report.total.actions).toBe(actions);
    expect(Object.values(report.total.counts).reduce((a, b) => a + b, 0)).toBe(actions);
  });

  it('writes one board paper whose Table One names the workbook of every row', async () => {
    const dir = await sampleDir();
    const docx = join(tempDir(), 'ics.docx');
    const result = await cli(['rollup', join(dir, SEED004), join(dir, SEED003), ...AS_OF, '--docx', docx, '--title', 'Partnership roll-up']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${SEED004} › Action Plan: 15 actions`, 'm'));
    expect(result.stdout).toContain(`Wrote ${docx}`);
    const { paragraphs, tables } = await readDocx(readFileSync(docx));
    expect(paragraphs[0]).toBe('RAG Summary: Partnership roll-up');
    const tableOne = tables[1]?.rows.map((r) => r.map((c) => c.text)) ?? [];
    expect(tableOne[0]?.slice(0, 3)).toEqual(['Workbook', 'Objective', 'Ambition']);
    expect(new Set(tableOne.slice(1, -1).map((r) => r[0]))).toEqual(new Set([SEED004, `${SEED003}: Table One`, `${SEED003}: Conditions`]));
    expect(tableOne.filter((r) => r[1] === 'Subtotal').map((r) => [r[0], r[3]])).toEqual([[SEED004, '15'], [`${SEED003}: Table One`, '12'], [`${SEED003}: Conditions`, '33']]);
    expect(tableOne.at(-1)?.slice(0, 4)).toEqual(['', 'Total', '', '60']);
    const exceptions = tables[2]?.rows.map((r) => r[0]?.text) ?? [];
    expect(exceptions[0]).toBe('Workbook');
    expect(exceptions).toContain(SEED004);
  });

  it('reads a folder as every .xlsx workbook in it', async () => {
    const result = await cli(['rollup', await sampleDir(), ...AS_OF, '--json', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expectValidReport(report);
    expect([...report.workbooks].sort()).toEqual([...ALL_SAMPLES].sort());
  });

  it('tells two workbooks with the same file name apart by their paths', async () => {
    const dir = tempDir();
    for (const team of ['north', 'south']) {
      mkdirSync(join(dir, team));
      copyFileSync(join(await sampleDir(), SEED004), join(dir, team, 'plan.xlsx'));
    }
    const report = JSON.parse((await cli(['rollup', join(dir, 'north', 'plan.xlsx'), join(dir, 'south', 'plan.xlsx'), ...AS_OF, '--json', '-'])).stdout) as Report;
    expect(report.workbooks).toEqual([join(dir, 'north', 'plan.xlsx'), join(dir, 'south', 'plan.xlsx')]);
  });

  it('prints the combined summary as Markdown when no output is named', async () => {
    const dir = await sampleDir();
    const result = await cli(['rollup', join(dir, SEED004), join(dir, SEED000), ...AS_OF]);
    expect(result.stdout.split('\n')[0]).toBe('# RAG Summary: Roll-up of 2 workbooks');
    expect(result.stdout).toContain(`| **${SEED004}** | **Subtotal** | **15** |`);
    expect(result.stdout).toContain(`| **${SEED000}: Jan–Apr 2025 plan** | **Subtotal** |`);
  });

  it('stops with exit 3, naming the file, when any workbook cannot be read: a roll-up never leaves a team out silently', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
    const result = await cli(['rollup', join(await sampleDir(), SEED004), join(dir, 'broken.xlsx'), '--json', '-']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/broken\.xlsx/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 with no workbook named, or with two outputs on stdout', async () => {
    expect((await cli(['rollup'])).code).toBe(2);
    expect((await cli(['rollup', join(await sampleDir(), SEED004), '--json', '-', '--md', '-'])).code).toBe(2);
    expect((await cli(['rollup', join(await sampleDir(), SEED004), '--as-of', 'yesterday'])).code).toBe(2);
  });
});

describe('workbookLabels', () => {
  it('labels a refreshed copy as the workbook it came from, and two of one name by their paths', () => {
    expect(workbookLabels(['out/plan.rag.xlsx', 'audit.xlsx'])).toEqual(['plan.xlsx', 'audit.xlsx']);
    expect(workbookLabels(['a/plan.xlsx', 'b/plan.rag.xlsx'])).toEqual(['a/plan.xlsx', 'b/plan.rag.xlsx']);
  });
});
