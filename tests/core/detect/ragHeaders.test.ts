import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { matchRole } from '../../../src/core/detect/headers';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Core20PLUS5 plan', rows, merges: [], tables: [], hidden: false, protected: false });

describe('a header naming a RAG for something ("Progress RAG", "Delivery RAG")', () => {
  it.each(['Progress RAG', 'RAG progress', 'Progress (RAG)', 'Delivery RAG', 'Overall RAG rating', 'Action RAG', 'Exec lead RAG', 'Progress BRAG'])(
    'reads "%s" as the lead\'s rating, a flag beside the status',
    (header) => {
      expect(matchRole(header)).toMatchObject({ role: 'status', score: 1 });
    },
  );

  it.each([['RAG override', 'rag_override'], ['RAG comments', 'status'], ['Confidence RAG', 'confidence'], ['Lead RAG', 'status']])(
    'keeps "%s" as the %s it names',
    (header, role) => {
      expect(matchRole(header)?.role).toBe(role);
    },
  );

  // SPEC 2.2's table names "RAG (set by lead)" among rag_override's headers: the bracket does not make it a lead's flag.
  it.each(['RAG (set by lead)', 'RAG (manual override)', 'Manual RAG'])('reads "%s" on a header row as the override', (header) => {
    const reading = readHeader(['Ref', 'Action', 'Lead', 'Due date', 'Update', header]);
    expect(reading.columns.rag_override).toBe(5);
    expect(reading.extraStatus).toEqual([]);
  });

  it('keeps "RAG (R/A/G)" the lead\'s rating beside the status', () => {
    const reading = readHeader(['Ref', 'Action', 'Lead', 'Due date', 'Update', 'RAG (R/A/G)']);
    expect(reading.columns.rag_override).toBeUndefined();
    expect(reading.extraStatus).toEqual([5]);
  });

  it('leaves the update narrative as the status column, and no rival to the action column', () => {
    const reading = readHeader(['Ref', 'Action', 'Action RAG', 'Lead', 'Timescale', 'Progress RAG', 'Update']);
    expect(reading.columns).toMatchObject({ action: 1, status: 6 });
    expect(reading.columns.progress).toBeUndefined();
    expect(reading.extraStatus).toEqual([2, 5]);
    expect(reading.duplicates).toEqual([]);
  });
});

describe('a health-inequalities plan', () => {
  const HEADER = ['Ref', 'Clinical area', 'Population', 'Intervention', 'Metric', 'Baseline', 'Target', 'SRO', 'Timescale', 'Progress RAG', 'Update'];

  it('is found by its "Intervention" column', () => {
    expect(readHeader(HEADER).columns).toMatchObject({ ref: 0, action: 3, lead: 7, timeframe: 8, status: 10 });
  });

  it('closes an intervention its lead rated Complete in the Progress RAG column', () => {
    const rows: CellValue[][] = [
      ['Health Inequalities Delivery Plan 2024/25'],
      HEADER,
      ['HI-06', 'Smoking', 'Core20', 'Establish tobacco dependence services in all inpatient settings.', '% referred', '20%', '90%', 'Public Health Consultant', 'March 2025', 'Complete', null],
      ['HI-04', 'Cancer', 'Core20', 'Roll out the targeted lung health check.', '% stage 1-2', '54%', '75%', 'Cancer Alliance Lead', 'March 2025', 'Red', null],
    ];
    const settings = defaultSettings('2024-11-20');
    const tracker = analyseSheet(grid(rows), settings, createParsers(settings));
    expect(tracker?.actions.map((a) => a.rating)).toEqual(['complete', 'red']);
    expect(tracker?.issues).toEqual([]);
  });
});
