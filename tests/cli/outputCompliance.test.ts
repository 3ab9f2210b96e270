import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { defaultSettings } from '../../src/core/settings';
import type { SheetGrid } from '../../src/core/types';
import { columnLines } from '../../src/cli/output';

/*
 * An EPRR plan's compliance levels ("2025 compliance | Self-assessed compliance 2026") are read
 * as a run by period, but they are the standard's assessed position, not the lead's rating of the
 * work: `validate` says so, as the rating they never give.
 */

describe('columnLines: a compliance level', () => {
  it('is described as a compliance level, not a rating for its period', () => {
    const grid: SheetGrid = {
      name: 'Improvement plan',
      rows: [
        ['Core Std No.', 'Domain', '2025 compliance', 'Self-assessed compliance 2026', 'Action required', 'Lead', 'Deadline', 'Update', 'Compliance'],
        ['2', 'Governance', 'Partial', 'Partial', 'Review the EPRR policy', 'Head of EPRR', '31/03/2027', 'Drafting', 'Partially compliant'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const line = columnLines(analyseWorkbook([grid], defaultSettings('2026-11-16')).trackers);
    expect(line).toContain('C "2025 compliance" (compliance level for its period: the standard\'s position, which never rates the action)');
    expect(line).toContain('D "Self-assessed compliance 2026" (compliance level for its period');
    // A current "Compliance" column is the lead's judgement against the standard, read beside the status.
    expect(line).toContain('I "Compliance" (beside the status)');
    expect(line).not.toContain('rating for its period');
  });
});
