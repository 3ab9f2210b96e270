import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.2: every status-like column is read. A status dropdown left at "On Track" beside a
 * commentary reporting a risk ("At risk - national framework supplier withdrew") is rated on the
 * worse, and a warning names both cells, whichever of the two is the mapped status column. A
 * status cell that is itself a sentence keeps today's reading. Read on 16 Dec 2024.
 */

const settings = defaultSettings('2024-12-16');

function analysed(header: CellValue[], rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseWorkbook([grid], settings).trackers[0];
  return {
    columns: tracker?.columns,
    rated: (tracker?.actions ?? []).map((a) => [a.ref, a.status, a.rating]),
    warned: (tracker?.issues ?? []).filter((i) => i.code === 'commentary_conflict').map((i) => [i.cell, i.message]),
  };
}

describe('a status flag beside a commentary (Status mapped, Commentary read beside it)', () => {
  const header = ['Ref', 'Deliverable', 'SRO / Lead', 'End', 'Status', 'Commentary'];
  const rows: CellValue[][] = [
    ['DT04', 'Cloud telephony in all practices', 'Primary care digital lead', '31/12/2024', 'On Track', 'At risk - national framework supplier withdrew; 22 practices need re-procurement.'],
    ['DT05', 'Closed-loop blood tracking', 'CCIO', '31/03/2025', 'On track', 'Not on track: the business case was not approved at the October capital panel.'],
    // Left as they were: a commentary agreeing with the flag; a completion in the flag;
    ['DT06', 'ePMA in community hospitals', 'CCIO', '28/02/2025', 'On track', 'Training complete on two wards and the rest are booked.'],
    ['DT07', 'Decommission legacy circuits', 'Head of Infrastructure', '30/09/2024', 'Complete', 'Delayed by the supplier but all circuits ceased on 27 September.'],
    // a short commentary is a flag, not a sentence; a status that says nothing takes the commentary, as before.
    ['DT08', 'Data platform phase 1', 'CDO', '31/03/2025', 'On track', 'Slight delay'],
    ['DT09', 'Linked dataset for PHM', 'Head of BI', '31/03/2025', '', 'Behind plan: the data sharing agreements with two PCNs are outstanding.'],
  ];
  const read = analysed(header, rows);

  it('maps Status as the status column', () => {
    expect(read.columns?.status).toBe(4);
  });

  it('rates the worse of the flag and the commentary', () => {
    expect(read.rated).toEqual([
      ['DT04', 'at_risk', 'amber'],
      ['DT05', 'off_track', 'red'],
      ['DT06', 'on_track', 'green'],
      ['DT07', 'complete', 'complete'],
      ['DT08', 'on_track', 'green'],
      ['DT09', 'at_risk', 'amber'],
    ]);
  });

  it('warns at the flag, naming the commentary', () => {
    expect(read.warned).toEqual([
      ['E2', 'The status "On Track" reads as on track, but the commentary beside it (F2) reads as at risk, so the rating follows the worse (Amber); correct whichever is out of date.'],
      ['E3', 'The status "On track" reads as on track, but the commentary beside it (F3) reads as off track, so the rating follows the worse (Red); correct whichever is out of date.'],
    ]);
  });
});

describe('a commentary mapped as the status, beside a Status flag column', () => {
  const header = ['Ref', 'Action', 'Owner', 'Due date', 'Status', 'Latest update'];
  const rows: CellValue[][] = [
    ['1', 'Cloud telephony in all practices', 'Digital lead', '31/12/2024', 'On track', 'At risk - national framework supplier withdrew; 22 practices need re-procurement.'],
    ['2', 'Refresh the EPRR plan', 'COO', '31/03/2025', 'On track', 'Draft plan written and shared with the wards for comment.'],
  ];
  const read = analysed(header, rows);

  it('maps the update as the status column and rates the worse, as before', () => {
    expect(read.columns?.status).toBe(5);
    expect(read.rated).toEqual([
      ['1', 'at_risk', 'amber'],
      ['2', 'on_track', 'green'],
    ]);
  });

  it('warns at the flag, naming the update', () => {
    expect(read.warned).toEqual([
      ['E2', 'The status "On track" reads as on track, but the update beside it (F2) reads as at risk, so the rating follows the worse (Amber); correct whichever is out of date.'],
    ]);
  });
});

describe('a status cell that is itself a sentence', () => {
  it('keeps its own reading beside a commentary reporting worse, without a warning', () => {
    const header = ['Ref', 'Action', 'Lead', 'Due date', 'Progress update', 'Comments'];
    const read = analysed(header, [['1', 'Recruit two outreach workers', 'MH lead', '31/03/2025', 'Recruitment in progress: both posts advertised, interviews in January.', 'At risk - the third post has been readvertised twice now.']]);
    expect(read.columns?.status).toBe(4);
    expect(read.rated).toEqual([['1', 'on_track', 'green']]);
    expect(read.warned).toEqual([]);
  });
});
