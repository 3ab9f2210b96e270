import type ExcelJS from 'exceljs';
import { seed000Actions, seed000PlanActions, seed000Status } from '../../src/samples/seed000';
import { seed001Standards } from '../../src/samples/seed001';
import { seed002Priorities, seed002PriorityHorizons, seed002Roadmap } from '../../src/samples/seed002';
import { seed003Ambitions, seed003Conditions, seed003TableHeader, seed003TimeFrame, seed003Title } from '../../src/samples/seed003';
import {
  seed004Closing,
  seed004ColourKey,
  seed004Header,
  seed004Intro,
  seed004Rows,
  seed004Title,
} from '../../src/samples/seed004';
import { buildIntoTempDir, quotes, quotesAcrossBreak, readSample, sheetOf, sourceText, textCells } from './helpers';

/** Cells whose text, normalised, is not in the source: empty when the sample is verbatim. */
function unquoted(source: string, cells: { address: string; text: string }[]): string[] {
  return cells.filter((cell) => !quotes(source, cell.text)).map((cell) => `${cell.address}: ${cell.text}`);
}

describe('sample text is verbatim from the seeds', () => {
  let paths: string[];
  const sheet = async (file: string, name: string): Promise<ExcelJS.Worksheet> => sheetOf(await readSample(paths, file), name);
  beforeAll(async () => {
    paths = await buildIntoTempDir();
  });

  it('seed 004: every text cell of the action plan occurs in the seed, tags stripped and spaces collapsed', async () => {
    const source = sourceText('004_e6badc6c0a3f2626.txt', () => [
      seed004Title,
      seed004Intro,
      ...seed004ColourKey,
      seed004Closing,
      ...seed004Header,
      ...seed004Rows.flatMap((row) => [row.recommendation, row.lead, row.nextSteps, row.timeFrame, row.status].map((cell) => cell.join('\n'))),
    ]);
    const cells = textCells(await sheet('seed004-tht-elg-action-plan.xlsx', 'Action Plan'));
    expect(cells.length).toBeGreaterThan(60);
    expect(unquoted(source.text, cells)).toEqual([]);
  });

  it('seed 003: Table One and the conditions quote the paper, progress updates item by item', async () => {
    const source = sourceText('003_f2845acbf7c9e819.txt', () => [
      seed003Title,
      ...seed003TableHeader,
      seed003TimeFrame,
      ...seed003Ambitions.flatMap((row) => [row.objective, row.ambition, row.strategy]),
      ...seed003Conditions.flatMap((row) => [row.condition, ...row.progress]),
    ]);
    expect(unquoted(source.text, textCells(await sheet('seed003-strategy-table-one.xlsx', 'Table One')))).toEqual([]);
    const conditions = await sheet('seed003-strategy-table-one.xlsx', 'Conditions');
    expect(unquoted(source.text, textCells(conditions, 2, [1, 2, 4, 6]))).toEqual([]);
    const progressCells = textCells(conditions, 2, [7]).map((cell) => cell.text);
    expect(progressCells).toEqual(seed003Conditions.filter((row) => row.progress.length > 0).map((row) => row.progress.join(' ')));
    const items = seed003Conditions.flatMap((row) => row.progress.map((item) => `${row.ref}: ${item}`));
    expect(items.filter((item) => !quotesAcrossBreak(source.text, item.slice(item.indexOf(': ') + 2)))).toEqual([]);
  });

  it('seeds 000, 001 and 002: every action, milestone, due phrase and status occurs in its seed', async () => {
    const seed000 = sourceText('000_7bf7cbf85c312fb0.txt', () => [...seed000Actions, ...seed000PlanActions, seed000Status, 'by end of January 2025 August 2024 January-April 2025']);
    // Lead is left out: "People and communities team" capitalises the seed's "people and communities team".
    expect(unquoted(seed000.text, textCells(await sheet('seed000-nice-initial-actions.xlsx', 'Initial actions'), 2, [2, 4, 5]))).toEqual([]);
    expect(unquoted(seed000.text, textCells(await sheet('seed000-nice-initial-actions.xlsx', 'Jan–Apr 2025 plan'), 2))).toEqual([]);

    const seed001 = sourceText('001_7c465a458ee2b65b.txt', () => seed001Standards.flatMap((row) => [...row]));
    expect(unquoted(seed001.text, textCells(await sheet('seed001-nel-standards.xlsx', 'Standards'), 2))).toEqual([]);

    const seed002 = sourceText('002_6fdc48f438219512.txt', () => [
      ...seed002Roadmap.flatMap((row) => [...row]),
      ...seed002PriorityHorizons,
      ...seed002Priorities.flatMap((row) => row.slice(1).map(String)),
    ]);
    expect(unquoted(seed002.text, textCells(await sheet('seed002-lsc-roadmap.xlsx', 'Roadmap'), 2))).toEqual([]);
    const priorities = await sheet('seed002-lsc-roadmap.xlsx', 'Priorities');
    expect(unquoted(seed002.text, [...textCells(priorities, 2), ...textCells(priorities, 1, [3, 4, 5])])).toEqual([]);
  });
});
