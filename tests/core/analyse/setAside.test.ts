import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const settings = defaultSettings('2024-11-20');
const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, merges: [], tables: [], hidden: false, protected: false });

// A divisional governance tracker as teams keep it: one sheet per directorate, a blank template
// to copy for a new one, and closed actions moved to an archive sheet once reported.
const HEADER = ['Ref', 'Source', 'Action', 'Action owner', 'Date raised', 'Target date', 'Progress / update', 'Status'];
const medicine = sheet('Medicine', [['Medicine Directorate – Governance Action Tracker'], HEADER, ['MED-002', 'Serious incident', 'Add a sepsis prompt to the AMU board round template', 'Sister J Brown', '12/07/2024', '31/12/2024', 'Template drafted', 'Open']]);
const surgery = sheet('Surgery', [['Surgery Directorate – Governance Action Tracker'], HEADER, ['SUR-006', 'Serious incident', 'Introduce a retained swab count training session', 'Theatre Practice Educator', '02/10/2024', '30/11/2024', 'Content agreed', 'Open']]);
const template = sheet('Template', [['Directorate action tracker – TEMPLATE (copy this sheet)'], [], HEADER]);
const closed = sheet('Closed actions', [['Closed actions – archive'], HEADER, ['MED-001', 'Audit', 'Re-audit consent forms in endoscopy', 'Endoscopy Lead', '02/11/2023', '29/02/2024', 'Re-audit 97% compliant.', 'Closed']]);

describe('sheets beside the live trackers that hold no live actions', () => {
  it('leave out a blank template sheet (header row only), so no RAG columns are added to it', () => {
    const analysis = analyseWorkbook([template, medicine, surgery], settings);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(['Medicine', 'Surgery']);
    expect(analysis.issues).toEqual([]);
  });

  it('still rate an empty tracker when it is the only one, or its columns were confirmed', () => {
    expect(analyseWorkbook([template], settings).trackers.map((t) => t.sheet)).toEqual(['Template']);
    const confirmed = { ...settings, mapping: { Template: { headerRow: 3, columns: { action: 'C', lead: 'D' } } } };
    expect(analyseWorkbook([template, medicine], confirmed).trackers.map((t) => t.sheet)).toEqual(['Template', 'Medicine']);
  });

  it('leave out an archive of closed actions, and name it once', () => {
    const analysis = analyseWorkbook([medicine, surgery, closed], settings);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(['Medicine', 'Surgery']);
    expect(analysis.issues.map((i) => [i.sheet, i.code])).toEqual([['Closed actions', 'archive_sheet']]);
    expect(analysis.issues[0]?.message).toContain('confirm its columns in the Columns view');
  });

  it.each(['Archive', 'Completed actions 2023-24', 'Action plan (old)', 'Done'])('treat a sheet named "%s" as an archive', (name) => {
    expect(analyseWorkbook([medicine, { ...closed, name }], settings).trackers.map((t) => t.sheet)).toEqual(['Medicine']);
  });

  it('read an archive when it is the only tracker, or its columns were confirmed', () => {
    expect(analyseWorkbook([closed], settings).trackers.map((t) => t.sheet)).toEqual(['Closed actions']);
    const confirmed = { ...settings, mapping: { 'Closed actions': { headerRow: 2, columns: { action: 'C', lead: 'D', status: 'H' } } } };
    expect(analyseWorkbook([medicine, closed], confirmed).trackers.map((t) => t.sheet)).toEqual(['Medicine', 'Closed actions']);
  });

  it('keep reading a sheet whose name only contains an archive word inside another word', () => {
    expect(analyseWorkbook([medicine, { ...surgery, name: 'Older people' }], settings).trackers.map((t) => t.sheet)).toEqual(['Medicine', 'Older people']);
  });
});

describe('closed actions kept on the live sheet, under a heading and the header repeated', () => {
  const log = sheet('Action log', [
    ['Quality Committee – action log'],
    HEADER,
    ['MED-002', 'Serious incident', 'Add a sepsis prompt to the AMU board round template', 'Sister J Brown', '12/07/2024', '31/12/2024', 'Template drafted', 'Open'],
    [],
    ['Closed actions'],
    HEADER,
    ['MED-001', 'Audit', 'Re-audit consent forms in endoscopy', 'Endoscopy Lead', '02/11/2023', '29/02/2024', 'Re-audit 97% compliant.', 'Closed'],
  ]);

  it('rates the live actions only, and names the section at its heading', () => {
    const tracker = analyseWorkbook([log], settings).trackers[0];
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['MED-002']);
    const warning = tracker?.issues.find((i) => i.code === 'archive_section');
    expect(warning).toMatchObject({ sheet: 'Action log', cell: 'A5', severity: 'warning' });
    expect(warning?.message).toContain('"Closed actions"');
    expect(warning?.message).toContain('move its row above that heading');
  });

  it('says nothing of a heading over live actions', () => {
    const grouped = { ...log, rows: log.rows.map((row) => (row[0] === 'Closed actions' ? ['Workforce actions'] : row)) };
    const tracker = analyseWorkbook([grouped], settings).trackers[0];
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['MED-002', 'MED-001']);
    expect(tracker?.issues.map((i) => i.code)).not.toContain('archive_section');
  });
});
