import fs from 'fs';
import path from 'path';
import { buildIntoTempDir, readSample } from './helpers';

describe('buildSamples', () => {
  let paths: string[];
  beforeAll(async () => {
    paths = await buildIntoTempDir();
  });

  it('writes the five sample workbooks under their agreed file names, in seed order', () => {
    expect(paths.map((p) => path.basename(p))).toEqual([
      'seed000-nice-initial-actions.xlsx',
      'seed001-nel-standards.xlsx',
      'seed002-lsc-roadmap.xlsx',
      'seed003-strategy-table-one.xlsx',
      'seed004-tht-elg-action-plan.xlsx',
    ]);
    for (const p of paths) expect(fs.statSync(p).size).toBeGreaterThan(0);
  });

  it('writes byte-identical files when rebuilt', async () => {
    const again = await buildIntoTempDir();
    again.forEach((p, i) => {
      expect(fs.readFileSync(p).equals(fs.readFileSync(paths[i] ?? ''))).toBe(true);
    });
  });

  it('stamps each workbook with the samples creator and a fixed date', async () => {
    const workbook = await readSample(paths, 'seed004-tht-elg-action-plan.xlsx');
    expect(workbook.creator).toBe('RAG Tracker samples');
    expect(workbook.created.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
