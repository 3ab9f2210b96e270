import { historyRows, applyTrends } from '../../../src/core/history';
import { summaryHeading, summaryModel, summaryTables } from '../../../src/core/summary';
import { defaultSettings } from '../../../src/core/settings';
import { SEED004 } from '../../helpers/samples';
import { analysed, SEED004_DECEMBER } from './fixtures';

/** Seed 004 at ELG December 22 (15 Dec 2022), compared with the 3 November update. */
async function december() {
  const november = { ...defaultSettings('2022-11-03'), nextMeeting: { date: '2022-12-15', name: 'ELG December 22' } };
  const history = historyRows((await analysed(SEED004, november)).trackers, november.asOf, '2022-11-03T09:00:00.000Z');
  const { trackers, issues } = await analysed(SEED004, SEED004_DECEMBER);
  const { trackers: trended, trends } = applyTrends(trackers, history, SEED004_DECEMBER.asOf);
  return summaryModel(trended, SEED004_DECEMBER, trends, { issues });
}

describe('seed 004 summary at ELG December 22', () => {
  it('is headed with the as-at date in UK form, its NHS quarter, the next meeting and the completions since the last', async () => {
    expect(summaryHeading(await december())).toEqual({
      title: 'RAG Summary: THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group',
      lines: ['As at 15 Dec 2022 (2022-23 Q3)', 'Next meeting: January ELG meeting, 12 Jan 2023', 'Completed since the last meeting (3 Nov 2022): 0'],
    });
  });

  it('gives the key in words, each rating with its colour and definition', async () => {
    const { key } = await december();
    expect(key.map((k) => [k.word, k.colour])).toEqual([['Complete', 'blue'], ['Green', 'green'], ['Amber', 'amber'], ['Red', 'red'], ['Not rated', 'grey']]);
    expect(key[2]?.definition).toBe('At risk: reported as delayed or at risk, re-dated, or due within 14 days with no sign it has started.');
  });

  it('has a Table One of one total row for a plan without objectives, ▼ against November', async () => {
    const { tableOne } = await december();
    expect(tableOne).toEqual([
      expect.objectContaining({ level: 'total', actions: 15, counts: { complete: 0, green: 4, amber: 5, red: 2, not_rated: 4 }, progress: 4 / 11, overall: 'red', trend: 'down' }),
    ]);
  });

  it('lists every Red then every Amber recommendation with ref, lead, deadline, reason and latest update', async () => {
    const { exceptions } = await december();
    expect(exceptions.map((e) => [e.ref, e.rating])).toEqual([['3', 'red'], ['12', 'red'], ['2', 'amber'], ['5', 'amber'], ['6', 'amber'], ['13', 'amber'], ['14', 'amber']]);
    expect(exceptions[0]).toMatchObject({
      sheet: 'Action Plan',
      lead: 'THT Programme Manager /THT Engagement Manager',
      deadline: '2022-11-30',
      reason: 'Red: step 1 of 3 "THT Programme Manager to agree with relevant board member…" was due 30 Nov 2022 and is 15 days overdue.',
      latestUpdate: 'Currently running existing process. Propose this is reviewed once new Community Voice lead in post. THT Board Jan: Spotlight TBC',
    });
    const row = summaryTables(await december()).exceptions.rows[0]?.cells.map((c) => c.text);
    expect(row?.slice(3, 5)).toEqual(['30 Nov 2022', 'Red']);
  });

  it("quotes the update of the step that set the rating, where each step has its own, not another step's", async () => {
    const { exceptions } = await december();
    // Changed on purpose (rv18 finding 2): "Done (End of Nov)" is step 2's; step 3, due today, has none.
    expect(exceptions.find((e) => e.ref === '2')?.latestUpdate).toBe('No update for this step');
  });

  it('lists the recommendations due at the January ELG meeting with the steps that are due (9 is due at "January ELG meeting", the next meeting itself)', async () => {
    const { dueAtNextMeeting } = await december();
    expect(dueAtNextMeeting.map((d) => d.ref)).toEqual(['1', '2', '3', '9', '11', '12', '13', '14']);
    expect(dueAtNextMeeting[1]).toMatchObject({ due: '2022-12-15', steps: ['Open recruitment and share through local networks and contacts', 'Interviews'] });
  });

  it('counts the data-quality problems by kind and names the five most important cells', async () => {
    const { quality } = await december();
    // E14's "On-going following board decision" is undated though its re-dated status rates it Amber: still a date to set.
    expect(quality.counts).toEqual([{ code: 'undated', severity: 'warning', count: 7 }]);
    expect(quality.top.map((q) => q.address)).toEqual(["'Action Plan'!E12", "'Action Plan'!E14", "'Action Plan'!E16", "'Action Plan'!E17", "'Action Plan'!E17"]);
    expect(quality).toMatchObject({ errors: 0, warnings: 7 });
  });

  it('says there is nothing to compare with on a first refresh', async () => {
    const { trackers } = await analysed(SEED004, SEED004_DECEMBER);
    const model = summaryModel(trackers, SEED004_DECEMBER);
    expect(model).toMatchObject({ previousAsOf: null, completedSinceLastMeeting: null });
    expect(summaryHeading(model).lines[2]).toBe('Completed since the last meeting: not counted (no earlier snapshot is stored).');
  });
});
