import { cellEntries, cellTexts, revisedEntries } from '../../../src/core/analyse/entries';
import { createParsers } from '../../../src/core/analyse/parsers';
import { readCells } from '../../../src/core/analyse/roles';
import { defaultSettings } from '../../../src/core/settings';
import { splitEntries } from '../../../src/core/steps';
import type { SourceCell } from '../../../src/core/detect/rows';

const parsers = () => createParsers(defaultSettings('2022-11-03'));
// A copy with the same text in a new string, as each row of a real sheet brings its own.
const copy = (s: string): string => ` ${s}`.slice(1);

describe('createParsers: the readers of one refresh, each answer kept per text', () => {
  it('gives a row the very answer an earlier row with the same text got', () => {
    const p = parsers();
    const cell = 'Draft report structure to share with Lifecourse Workstreams\nFeedback from Lifecourse Workstream for report';
    expect(p.nextSteps.cell(copy(cell))).toBe(p.nextSteps.cell(copy(cell)));
    expect(p.timeframes.cell(copy('End of Nov 22\nMid-Dec'))).toBe(p.timeframes.cell(copy('End of Nov 22\nMid-Dec')));
    expect(p.status(copy('On track'))).toBe(p.status(copy('On track')));
    expect(p.plain(copy('<b>Update:</b> done'))).toBe('Update: done');
  });

  it('numbers each next step entry once, so a listed step is found by its number', () => {
    const p = parsers();
    const a = p.nextSteps.cell('Interviews\nReport to THT Board');
    const b = p.nextSteps.cell('Report to THT Board\nInterviews');
    expect(a.readings.map((r) => r.text)).toEqual(['Interviews', 'Report to THT Board']);
    expect(b.readings.map((r) => r.id)).toEqual([a.readings[1]?.id, a.readings[0]?.id]);
    expect(new Set(a.readings.map((r) => r.id)).size).toBe(2);
  });

  it('counts the texts it reads for the first time, and only those', () => {
    const p = parsers();
    const before = p.work.parsed;
    p.statuses.cell('On track\nDone');
    const once = p.work.parsed;
    expect(once).toBeGreaterThan(before);
    p.statuses.cell(copy('On track\nDone'));
    p.status('On track');
    expect(p.work.parsed).toBe(once);
  });

  it('reads a role over several rows as the cells read one by one would, through a cache of such runs', () => {
    const p = parsers();
    const cells: SourceCell[] = [
      { value: 'Draft plan\nConsult staff', row: 8 },
      { value: 'publish the plan', row: 9 },
      { value: '<p>Revised: End of Jan 23</p>', row: 10 },
    ];
    const again = cells.map((c) => ({ ...c, value: copy(String(c.value)) }));
    const steps = readCells(cells, false, p.nextSteps);
    expect(steps.texts).toEqual(cellEntries(cells, false).map((e) => e.text));
    expect(readCells(again, false, p.nextSteps)).toBe(steps);
    const frames = readCells(cells, true, p.timeframes);
    expect(frames.texts).toEqual(cellEntries(cells, true).map((e) => e.text));
    expect(readCells(again, true, p.timeframes)).toBe(frames);
    // Cells that are not all text (a date is its ISO day) are read afresh, the same way.
    const dated: SourceCell[] = [{ value: { kind: 'date', iso: '2023-01-05' }, row: 8 }, { value: 'Revised: Feb 23', row: 9 }];
    const read = readCells(dated, true, p.timeframes);
    expect(read.texts).toEqual(['2023-01-05', 'Revised: Feb 23']);
    expect(readCells(dated, true, p.timeframes)).not.toBe(read);
  });
});

describe('cellTexts and revisedEntries', () => {
  it('cellTexts are cellEntries without their rows', () => {
    const cells: SourceCell[] = [
      { value: 'End of Nov 22\nrevised to Dec', row: 4 },
      { value: 'and then Jan', row: 5 },
      { value: { kind: 'error', code: '#N/A' }, row: 6 },
      { value: 'Mid March', row: 7 },
    ];
    for (const joinRevisions of [false, true]) expect(cellTexts(cells, joinRevisions)).toEqual(cellEntries(cells, joinRevisions).map((e) => e.text));
  });

  it('revisedEntries hands back the split entries themselves when nothing is joined', () => {
    const entries = splitEntries('End of Nov 22\nMid-Dec');
    expect(revisedEntries('End of Nov 22\nMid-Dec', () => entries)).toBe(entries);
    expect(revisedEntries('End of Dec 22\nRevised: End of Jan 23')).toEqual(['End of Dec 22 Revised: End of Jan 23']);
  });
});
