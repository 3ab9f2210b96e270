import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.3 on a tracker with no next-steps column: an action cell that lists its sub-actions
 * ("1. Recruit …\n2. Rotate …\n3. Review …") beside a time-frame cell listing as many dates is that
 * many steps, each with its own date (and its own status, when the status cell lists as many),
 * rather than one step against its last date. The action's text stays the whole cell. Read on 14 Nov 2025.
 */

const settings = defaultSettings('2025-11-14');
const MD3_ACTION = "1. Recruit 4 WTE paediatric nurses\n2. Rotate children's ward nurses into ED on nights\n3. Review establishment at Workforce Committee";
const MD3_DATES = '1. 31/12/2025\n2. 30/09/2025\n3. Jan 2026';
const MD3_UPDATE = '1. 2 WTE appointed, 2 out to advert.\n2. Done – rota in place from 1 Sept.\n3. Not started';

function tracker(header: CellValue[], rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'CQC Action Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], settings).trackers[0];
}

const HEADER = ['Ref', 'Action', 'Exec Lead', 'Target Date', 'Progress update'];
const steps = (rows: CellValue[][], header: CellValue[] = HEADER) =>
  tracker(header, rows)?.actions.map((a) => [a.ref, a.steps.map((s) => [s.text, s.timeframe.end, s.status])]);

describe('an action cell listing its sub-actions, beside as many dates', () => {
  it('is one step per item, each with its own date and status (1-cqc MD3)', () => {
    const t = tracker(HEADER, [['MD3', MD3_ACTION, 'Chief Nurse', MD3_DATES, MD3_UPDATE]]);
    const action = t?.actions[0];
    expect(action?.steps.map((s) => [s.text, s.timeframe.end, s.status, s.rating])).toEqual([
      ['Recruit 4 WTE paediatric nurses', '2025-12-31', 'on_track', 'green'],
      ["Rotate children's ward nurses into ED on nights", '2025-09-30', 'complete', 'complete'],
      ['Review establishment at Workforce Committee', '2026-01-31', 'not_started', 'green'],
    ]);
    expect([action?.action, action?.nextDue]).toEqual([MD3_ACTION.replace(/\n/g, ' '), '2025-12-31']);
    expect(t?.issues.filter((i) => i.code === 'extra_timeframes')).toEqual([]);
  });

  it('takes a bulleted list too, a lone status serving every step, and a blank next-steps cell as none', () => {
    expect(steps([
      ['A1', '• Draft the falls policy\n• Approve at Quality Committee', 'Chief Nurse', 'Dec 2025\nFeb 2026', 'On track'],
    ])).toEqual([
      ['A1', [['Draft the falls policy', '2025-12-31', 'on_track'], ['Approve at Quality Committee', '2026-02-28', 'on_track']]],
    ]);
    expect(steps([
      ['A1', '• Draft the falls policy\n• Approve at Quality Committee', '', 'Chief Nurse', 'Dec 2025\nFeb 2026', 'On track'],
    ], ['Ref', 'Action', 'Next steps', 'Exec Lead', 'Target Date', 'Progress update'])).toEqual([
      ['A1', [['Draft the falls policy', '2025-12-31', 'on_track'], ['Approve at Quality Committee', '2026-02-28', 'on_track']]],
    ]);
  });
});

describe('what stays one step', () => {
  it('a list beside one date, counts that differ, plain lines, and a row with next steps of its own', () => {
    const header = ['Ref', 'Action', 'Next steps', 'Exec Lead', 'Target Date', 'Progress update'];
    const list = '1. Recruit nurses\n2. Rotate staff';
    const result = steps([
      // The new rule: one step per item.
      ['B0', list, '', 'CN', 'Dec 2025\nJan 2026', 'On track'],
      ['B1', list, '', 'CN', 'Jan 2026', 'On track'],
      ['B2', list, '', 'CN', 'Dec 2025\nJan 2026\nMar 2026', 'On track'],
      ['B3', 'Recruit nurses to the ED establishment.\nRotate staff from the children\'s ward.', '', 'CN', 'Dec 2025\nJan 2026', 'On track'],
      ['B4', list, '', 'CN', 'Dec 2025\nJan 2026', 'Recruitment going well\nRota drafted\nRota agreed'],
      ['B5', list, 'Agree business case', 'CN', 'Dec 2025\nJan 2026', 'On track'],
    ], header);
    expect(result?.map(([ref, s]) => [ref, (s as unknown[]).length])).toEqual([['B0', 2], ['B1', 1], ['B2', 1], ['B3', 1], ['B4', 1], ['B5', 1]]);
  });
});
