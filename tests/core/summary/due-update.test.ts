import { defaultSettings } from '../../../src/core/settings';
import { dueUpdate, latestUpdate, summaryModel, summaryTables } from '../../../src/core/summary';
import { SEED004 } from '../../helpers/samples';
import { analysed } from './fixtures';

/*
 * A board secretary reads "Latest update" beside the step that is due: quoting another step's
 * status there ("Done (End of Nov)" beside a step not yet started) tells the board it is done.
 */

const NOVEMBER = { ...defaultSettings('2022-11-03'), nextMeeting: { date: '2022-12-15', name: 'ELG December 22' } };

async function model() {
  return summaryModel((await analysed(SEED004, NOVEMBER)).trackers, NOVEMBER);
}

describe('the update shown beside a step due at the next meeting', () => {
  it("is the due step's own status where statuses are given step by step, else says it has none", async () => {
    const due = (await model()).dueAtNextMeeting.find((d) => d.ref === '2');
    expect(due?.steps).toEqual(['Open recruitment and share through local networks and contacts']);
    expect(due?.latestUpdate).toBe('No update for this step');
  });

  it('is the one update that covers the whole action, its "Update:" label left off', async () => {
    const due = (await model()).dueAtNextMeeting.find((d) => d.ref === '3');
    expect(due?.latestUpdate).toBe('Currently running existing process. Propose this is reviewed once new Community Voice lead in post. THT Board Jan: Spotlight TBC');
  });

  it('reads the same in the tables every writer draws (sheet, .docx, CSV, Markdown)', async () => {
    const due = summaryTables(await model()).due;
    const col = due.headers.indexOf('Latest update');
    expect(due.rows.map((r) => r.cells[col]?.text)).toEqual([
      'No update for this step',
      'Currently running existing process. Propose this is reviewed once new Community Voice lead in post. THT Board Jan: Spotlight TBC',
      'Deadlines adjusted to reflect more realistic delivery of actions',
      'Deadlines adjusted to reflect more realistic delivery of actions',
    ]);
  });

  it('leaves off a leading label in the exceptions too', async () => {
    const red = (await model()).exceptions.find((e) => e.ref === '12');
    expect(red?.latestUpdate).toBe('Deadlines adjusted to reflect more realistic delivery of actions');
  });
});

describe('dueUpdate', () => {
  const step = (statusText: string | null, focus: 'update_due' | 'next_step' | 'complete') => ({ statusText, focus });
  it("quotes the due step's own status when each step has its own", () => {
    expect(dueUpdate({ update: null, steps: [step('Done', 'complete'), step('Interviews booked', 'update_due'), step(null, 'next_step')] })).toBe('Interviews booked');
    expect(dueUpdate({ update: null, steps: [step('Done', 'complete'), step(null, 'update_due'), step(null, 'update_due')] })).toBe('No update for these steps');
  });
  it("quotes the action's update when one covers every step", () => {
    expect(dueUpdate({ update: null, steps: [step('Update: on track', 'next_step'), step('Update: on track', 'update_due')] })).toBe('on track');
    expect(dueUpdate({ update: 'Draft circulated to members', steps: [step('Done', 'complete'), step(null, 'update_due')] })).toBe('Draft circulated to members');
    expect(dueUpdate({ update: null, steps: [step(null, 'update_due')] })).toBeNull();
  });
  it('leaves a label off the latest update', () => {
    expect(latestUpdate({ update: null, steps: [{ statusText: 'Latest update: pilot live' }] })).toBe('pilot live');
    expect(latestUpdate({ update: null, steps: [{ statusText: 'Update 06/11/23: drafted' }] })).toBe('Update 06/11/23: drafted');
  });
});
