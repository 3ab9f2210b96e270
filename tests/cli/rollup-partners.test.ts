import ExcelJS from 'exceljs';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { tempDir } from '../helpers/samples';
import { readDocx } from '../export/docx-reader';

/*
 * An ICS analyst's roll-up review (rv15): partners are named as their workbooks name themselves,
 * one objective spelt four ways is one line of a system view, a protected sheet is no error a
 * read-only roll-up asks a partner to fix, and --strict works as for refresh and validate.
 */

const AS_OF = ['--as-of', '2026-12-07'];
const HEADER = ['Ref', 'Objective', 'Action', 'Lead', 'Time frame', 'Status'];

function sheet(wb: ExcelJS.Workbook, name: string, title: string | null, objective: string, rows: [string, string, string, string][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  if (title !== null) ws.addRow([title]);
  ws.addRow(HEADER);
  rows.forEach(([ref, action, when, status]) => ws.addRow([ref, objective, action, 'Lead', when, status]));
  return ws;
}

interface Partners {
  dir: string;
  riverside: string;
  mh: string;
  plain: string;
}

async function partners(): Promise<Partners> {
  const dir = tempDir();
  const riverside = new ExcelJS.Workbook();
  const cover = riverside.addWorksheet('Cover');
  cover.getCell('A1').value = 'Riverside Community Healthcare NHS Trust – Strategy delivery trackers';
  cover.getCell('A3').value = 'Prepared for the ICB committee';
  sheet(riverside, 'Workforce', 'Workforce delivery plan 2026/27', 'Health inequalities', [
    ['1', 'Recruit link workers', 'Mar 2027', 'On track'],
    ['2', 'Publish equity audit', 'Sep 2026', 'Not started'],
  ]);
  sheet(riverside, 'Digital', 'Digital delivery plan 2026/27', 'Digital', [['1', 'Roll out the app', 'Mar 2027', 'On track']]);
  const mh = new ExcelJS.Workbook();
  const plan = sheet(mh, 'Plan', 'Northshire Mental Health Partnership – Strategy action plan', 'Strategic objective: Reducing health inequalities', [
    ['MH1', 'Outreach clinics in the most deprived wards', 'Mar 2027', 'In progress'],
  ]);
  await plan.protect('', {});
  const plain = new ExcelJS.Workbook();
  sheet(plain, 'Tracker', null, 'Tackling Health Inequalities', [['P1', 'Health checks in two PCNs', 'Mar 2027', 'On track']]);
  const files = { dir, riverside: join(dir, '2-riverside.xlsx'), mh: join(dir, 'mh-trust.xlsx'), plain: join(dir, 'westborough_pcns.xlsx') };
  await riverside.xlsx.writeFile(files.riverside);
  await mh.xlsx.writeFile(files.mh);
  await plain.xlsx.writeFile(files.plain);
  return files;
}

interface Report {
  workbooks: string[];
  trackers: { workbook: string; sheet: string; issues: { code: string; severity: string; message: string }[] }[];
  system: { objective: string; partners: string[]; actions: number; worst: string | null }[];
  qualityByPartner: { partner: string; errors: number; warnings: number }[];
}

describe('rag-tracker rollup names partners and matches their objectives', () => {
  let p: Partners;
  beforeAll(async () => {
    p = await partners();
  });

  it("names each partner by its workbook's own title, short (the organisation before the dash), else its file name", async () => {
    const result = await cli(['rollup', p.riverside, p.mh, p.plain, ...AS_OF, '--json', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expectValidReport(report);
    expect(report.workbooks).toEqual(['Riverside Community Healthcare NHS Trust', 'Northshire Mental Health Partnership', 'westborough_pcns']);
    expect(report.trackers.map((t) => t.workbook)).toEqual(['Riverside Community Healthcare NHS Trust', 'Riverside Community Healthcare NHS Trust', 'Northshire Mental Health Partnership', 'westborough_pcns']);
  });

  it('gives one system line per objective across partners, naming the partners and the worst', async () => {
    const result = await cli(['rollup', p.riverside, p.mh, p.plain, ...AS_OF, '--json', '-']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.system.map((s) => [s.objective, s.actions, s.partners.length])).toEqual([
      ['Health inequalities', 4, 3],
      ['Digital', 1, 1],
    ]);
    expect(report.system[0]?.worst).toBe('Riverside Community Healthcare NHS Trust');
  });

  it('shows the system view and the data quality by partner in the Markdown and the .docx', async () => {
    const docx = join(p.dir, 'ics.docx');
    const md = join(p.dir, 'ics.md');
    expect((await cli(['rollup', p.riverside, p.mh, p.plain, ...AS_OF, '--md', md, '--docx', docx])).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('## System view: objectives across partners');
    expect(text).toContain('| Health inequalities | Riverside Community Healthcare NHS Trust, Northshire Mental Health Partnership, westborough\\_pcns | 4 |');
    expect(text).toContain('## Data quality by partner');
    const { tables } = await readDocx(readFileSync(docx));
    expect(tables.some((t) => t.rows[0]?.[0]?.text === 'Objective' && t.rows[0]?.[1]?.text === 'Partners')).toBe(true);
    expect(tables.some((t) => t.rows[0]?.map((c) => c.text).join('|') === 'Partner|Errors|Warnings')).toBe(true);
  });

  it('reports a protected sheet as a note in a read-only roll-up, not as an error the partner must fix', async () => {
    const result = await cli(['rollup', p.riverside, p.mh, p.plain, ...AS_OF, '--json', '-', '--strict']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const issue = report.trackers.find((t) => t.sheet === 'Plan')?.issues.find((i) => i.code === 'protected_sheet');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toBe('Sheet "Plan" is protected. This summary only reads it, so nothing needs doing for it; a refresh would not write its RAG columns until it is unprotected.');
    expect(report.qualityByPartner.find((q) => q.partner === 'Northshire Mental Health Partnership')).toMatchObject({ errors: 0 });
    const md = await cli(['rollup', p.riverside, p.mh, p.plain, ...AS_OF]);
    expect(md.stdout.split('### The most important data-quality problems')[1]?.split('\n').find((l) => l.startsWith("| '[")) ?? '').not.toContain('protected');
  });

  it('keeps a protected sheet an error for validate, which checks what a refresh can write (SPEC 9)', async () => {
    const result = await cli(['validate', p.mh, ...AS_OF, '--json', '-']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.trackers[0]?.issues.find((i) => i.code === 'protected_sheet')?.severity).toBe('error');
  });

  it('exits 1 with --strict when a workbook has data-quality errors, 0 without', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Action', 'Lead', 'Time frame', 'Confidence']);
    ws.addRow(['Publish the plan', 'Ann', 'Mar 2027', 160]);
    const bad = join(p.dir, 'bad-confidence.xlsx');
    await wb.xlsx.writeFile(bad);
    const args = ['rollup', p.plain, bad, ...AS_OF, '--md', join(p.dir, 'strict.md')];
    expect((await cli(args)).code).toBe(0);
    expect((await cli([...args, '--strict'])).code).toBe(1);
  });

  it('names a file it cannot read as the command line gave it, as it names one with no tracker', async () => {
    const broken = join(p.dir, 'minutes.xlsx');
    writeFileSync(broken, 'Minutes of the meeting');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Budget').addRow(['Line', 'Amount']);
    const budget = join(p.dir, 'budget.xlsx');
    await empty.xlsx.writeFile(budget);
    copyFileSync(p.plain, join(p.dir, 'ok.xlsx'));
    const given = [relative(process.cwd(), broken), relative(process.cwd(), budget)];
    const result = await cli(['rollup', join(p.dir, 'ok.xlsx'), ...given, ...AS_OF]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`- ${given[0]} is not a readable .xlsx workbook`);
    expect(result.stderr).toContain(`- ${given[1]} holds no action tracker: if it is not a tracker, leave it out of the list`);
  });
});
