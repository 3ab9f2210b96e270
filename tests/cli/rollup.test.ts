import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookLabels } from '../../src/cli/commands/rollup';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { ALL_SAMPLES, SEED003, SEED004, sampleDir, tempDir } from '../helpers/samples';
import { readDocx } from '../export/docx-reader';

const AS_OF = ['--as-of', '2023-09-30'];
const SEED000 = 'seed000-nice-initial-actions.xlsx';
/**
 * How a roll-up labels each seed (rv6-d finding 5): its tracker's title, else its file name without the extension.
 * Changed on purpose (rv15 findings 2 and 4): the title is cut at its first spaced dash, so rows name the partner
 * in a few words ("THT Engagement Lead Group Action Plan - 3 November update – Report to …" wrapped 4-7 lines).
 */
const T004 = 'THT Engagement Lead Group Action Plan';
const T003 = 'seed003-strategy-table-one';
const T000 = 'seed000-nice-initial-actions';

interface Report {
  workbooks: string[];
  files: string[];
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
    // Changed on purpose: labelled by title, else file name without extension (rv6-d finding 5); the files are listed apart.
    expect(report.workbooks).toEqual([T004, T003, T000]);
    expect(report.files).toEqual([SEED004, SEED003, SEED000]);
    expect(report.trackers.map((t) => [t.workbook, t.sheet])).toEqual([[T004, 'Action Plan'], [T003, 'Table One'], [T003, 'Conditions'], [T000, 'Initial actions'], [T000, 'Jan–Apr 2025 plan']]);
    for (const t of report.trackers) {
      expect(t.groups.every((g) => g.workbook === t.workbook)).toBe(true);
      expect(t.issues.every((i) => i.workbook === t.workbook)).toBe(true);
    }
    // Changed on purpose: the 12 given ambitions of seed 003's Table One are not actions, so the total leaves them out (rv6-d finding 3).
    const actions = report.trackers.filter((t) => t.sheet !== 'Table One').reduce((n, t) => n + t.actions.length, 0);
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
    // Changed on purpose: "Trackers included" now comes first (rv6-d finding 1), so Table One is the third table.
    expect(tables[0]?.rows.map((r) => r[0]?.text)).toEqual(['Workbook', T004, `${T003}: Table One`, `${T003}: Conditions`]);
    const tableOne = tables[2]?.rows.map((r) => r.map((c) => c.text)) ?? [];
    expect(tableOne[0]?.slice(0, 3)).toEqual(['Workbook', 'Objective', 'Ambition']);
    expect(new Set(tableOne.slice(1, -1).map((r) => r[0]))).toEqual(new Set([T004, `${T003}: Table One`, `${T003}: Conditions`]));
    // Changed on purpose: the given Table One counts no actions, and is never added to the action trackers' total (rv6-d finding 3).
    expect(tableOne.filter((r) => r[1] === 'Subtotal').map((r) => [r[0], r[3]])).toEqual([[`${T003}: Table One`, ''], [`${T003}: Conditions`, '33']]);
    // A tracker with no groups has one line, which totals nothing above it: "All actions", not "Subtotal".
    expect(tableOne.filter((r) => r[1] === 'All actions').map((r) => [r[0], r[3]])).toEqual([[T004, '15']]);
    expect(tableOne.at(-1)?.slice(0, 4)).toEqual(['Actions (2 trackers)', 'Total', '', '48']);
    const exceptions = tables[3]?.rows.map((r) => r[0]?.text) ?? [];
    expect(exceptions[0]).toBe('Workbook');
    expect(exceptions).toContain(T004);
  });

  it('reads a folder as every .xlsx workbook in it', async () => {
    const result = await cli(['rollup', await sampleDir(), ...AS_OF, '--json', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expectValidReport(report);
    // Changed on purpose: `workbooks` holds titles now (rv6-d finding 5); the file names are `files`.
    expect([...report.files].sort()).toEqual([...ALL_SAMPLES].sort());
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
    // Changed on purpose: rows are labelled by title, else the file name without extension (rv6-d finding 5).
    expect(result.stdout).toContain(`| **${T004}** | **All actions** | **15** |`);
    expect(result.stdout).toContain(`| **${T000}: Jan–Apr 2025 plan** | **All actions** |`);
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
    // Changed on purpose: without a title, the file name without its extension (rv6-d finding 5).
    expect(workbookLabels(['out/plan.rag.xlsx', 'audit.xlsx'])).toEqual(['plan', 'audit']);
    expect(workbookLabels(['a/plan.xlsx', 'b/plan.rag.xlsx'])).toEqual(['a/plan.xlsx', 'b/plan.rag.xlsx']);
  });
});
