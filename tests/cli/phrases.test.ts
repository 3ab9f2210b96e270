import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Report } from '../../src/core/report';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { SEED004, sampleDir, tempDir } from '../helpers/samples';

describe('rag-tracker timeframe', () => {
  it('prints one JSON object a line for each phrase on stdin', async () => {
    const result = await cli(['timeframe', '--as-of', '2022-11-03'], 'End of Nov 22\n5/1/23\nTBC\nQ4 2023/24\n');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { text: 'End of Nov 22', kind: 'month', start: '2022-11-30', end: '2022-11-30' },
      { text: '5/1/23', kind: 'date', start: '2023-01-05', end: '2023-01-05' },
      { text: 'TBC', kind: 'tbc', start: null, end: null },
      { text: 'Q4 2023/24', kind: 'quarter', start: '2024-01-01', end: '2024-03-31' },
    ]);
  });

  it('reads "next meeting" as the date given by --next-meeting', async () => {
    const result = await cli(['timeframe', '--as-of', '2022-11-03', '--next-meeting', '2022-12-15'], 'next meeting\n');
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'meeting', end: '2022-12-15' });
  });
});

describe('rag-tracker status', () => {
  it('prints the status class of each phrase', async () => {
    const result = await cli(['status'], 'Completed\nnot on track\nUpdate: Deadlines adjusted to reflect more realistic delivery of actions\n\n');
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['complete', 'off_track', 'at_risk', 'unknown']);
  });
});

describe('rag-tracker validate', () => {
  it('lists every data-quality problem with its sheet and cell and writes nothing', async () => {
    const result = await cli(['validate', join(await sampleDir(), SEED004), '--as-of', '2022-11-03']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^'Action Plan'!E17 warning undated: /m);
  });

  it('says which column holds which role, with its header, and what else is read', async () => {
    const result = await cli(['validate', join(await sampleDir(), SEED004), '--as-of', '2022-11-03']);
    expect(result.stdout).toContain(
      'Action Plan columns: ref A "#", action B "Recommendation", lead C "Lead", next steps D "Next steps", time frame E "Time frame", status F "Is the action on track/update"',
    );
  });

  it('writes a schema-valid JSON report with --json -', async () => {
    const result = await cli(['validate', join(await sampleDir(), SEED004), '--as-of', '2022-11-03', '--json', '-']);
    expectValidReport(JSON.parse(result.stdout));
  });
});

describe('the next meeting by name, as refresh takes it', () => {
  const MEETING = ['--as-of', '2025-11-24', '--next-meeting', '2025-12-11', '--next-meeting-name', 'Trust Board December 2025'];

  it('timeframe reads a phrase naming the meeting ("Dec Board") as its date', async () => {
    const result = await cli(['timeframe', ...MEETING], 'Dec Board\n');
    expect(JSON.parse(result.stdout)).toMatchObject({ text: 'Dec Board', end: '2025-12-11' });
  });

  it('validate counts the same actions due at the next meeting as refresh', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Ref', 'Action', 'Lead', 'Time frame', 'Status']);
    ws.addRow(['1.4', 'Present the estates strategy', 'Director of Estates', 'Dec Board', 'Not started']);
    const input = join(dir, 'plan.xlsx');
    await wb.xlsx.writeFile(input);
    const validated = await cli(['validate', input, ...MEETING, '--json', '-']);
    const refreshed = await cli(['refresh', input, '-o', join(dir, 'out.xlsx'), ...MEETING, '--json', '-']);
    const due = (stdout: string) => (JSON.parse(stdout) as Report).trackers[0]?.actions.map((a) => [a.nextDue, a.focus]);
    expect(due(validated.stdout)).toEqual([['2025-12-11', 'update_due']]);
    expect(due(validated.stdout)).toEqual(due(refreshed.stdout));
  });
});
