import { leadText } from '../../../src/core/analyse/leadText';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { SheetGrid } from '../../../src/core/types';

/*
 * A project tool's export names a task's people with their share of it ("Head of Estates[50%]")
 * and joins them with bare commas; the board paper's Lead column shows the names.
 */

describe('leadText', () => {
  it.each([
    ['Radiology Services Manager,HR Business Partner[50%]', 'Radiology Services Manager, HR Business Partner'],
    ['Head of Estates[50%]', 'Head of Estates'],
    ['PMO Lead[1.5]', 'PMO Lead'],
    ['<b>Chief Nurse</b>', 'Chief Nurse'],
  ])('reads %j as %j', (cell, lead) => {
    expect(leadText(cell)).toBe(lead);
  });

  it.each(['Chief Nurse / Head of Nursing', 'Medical Director, Chief Nurse', 'Director of Finance (SRO)', 'Lead [interim]'])('leaves %j as it is', (cell) => {
    expect(leadText(cell)).toBe(cell);
  });
});

describe('the lead an action is reported with', () => {
  it('drops the assignment units a project export writes after each name', () => {
    const grid: SheetGrid = {
      name: 'Plan',
      rows: [
        ['Task Name', 'Finish', 'Resource Names', 'Notes'],
        ['Install the CT scanner', '30/09/2024', 'Head of Estates[50%],Radiology Manager', 'On track'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    expect(analyseWorkbook([grid], defaultSettings('2024-09-16')).trackers[0]?.actions[0]?.lead).toBe('Head of Estates, Radiology Manager');
  });
});
