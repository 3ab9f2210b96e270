import { defaultSettings } from '../../../src/core/settings';
import { objectiveKey, summaryModel, summaryTables, systemRows } from '../../../src/core/summary';
import { numbered, tracker } from '../history/fixtures';

/*
 * The system view of a roll-up (rv15 ICS analyst review): each partner names its objectives in
 * its own words, so "Tackling health inequalities", "Health Inequalities" and "Strategic
 * objective: Reducing health inequalities" are one objective across the system. Matching is
 * conservative: only case, punctuation, a label, numbering and a leading verb are set aside.
 */

const settings = defaultSettings('2026-12-07');
const of = (objective: string, ref: string, rating: Parameters<typeof numbered>[1]) => numbered(ref, rating, { objective });

describe('objectiveKey: the name objectives are matched on across partners', () => {
  it.each([
    ['Tackling health inequalities', 'health inequalities'],
    ['Health Inequalities', 'health inequalities'],
    ['Strategic objective: Reducing health inequalities', 'health inequalities'],
    ['Objective 2 – Improving health inequalities.', 'health inequalities'],
    ['3. Addressing health inequalities', 'health inequalities'],
    ['Urgent & emergency care', 'urgent and emergency care'],
    ['Urgent and Emergency Care', 'urgent and emergency care'],
    ['Priority: Delivering our workforce plan', 'workforce plan'],
    ['Améliorer', 'ameliorer'],
  ])('reads %j as %j', (name, key) => {
    expect(objectiveKey(name)).toBe(key);
  });

  it.each([
    ['Increasing screening uptake', 'Reducing screening uptake'],
    ['Health inequalities', 'Health inequality in children'],
    ['Digital', 'Digital inclusion'],
    ['Priority care', 'Care'],
    ['Mental health', 'Physical health'],
  ])('never matches different objectives: %j and %j', (a, b) => {
    expect(objectiveKey(a)).not.toBe(objectiveKey(b));
  });

  it('keeps a name that is only a verb or a label as it is', () => {
    expect(objectiveKey('Delivering')).toBe('delivering');
    expect(objectiveKey('Objective:')).toBe('objective');
  });
});

describe('systemRows: one line per objective across partners', () => {
  const riverside = tracker('Workforce', [of('Health inequalities', 'R1', 'green'), of('Health Inequalities', 'R2', 'red'), of('Our people', 'R3', 'amber')]);
  const icb = tracker('Plan', [of('Tackling health inequalities', 'I1', 'complete'), of('Tackling health inequalities', 'I2', 'amber')]);
  const mh = tracker('Strategy actions', [of('Strategic objective: Reducing health inequalities', 'M1', 'green'), of('Digital', 'M2', 'green')]);
  const rows = systemRows([riverside, icb, mh], ['Riverside', 'ICB', 'Mental health trust'], settings);

  it('adds the actions of every spelling, naming the partners and the worst of them', () => {
    const hi = rows.find((r) => r.objective === 'Health inequalities');
    expect(hi).toMatchObject({
      actions: 5,
      counts: { complete: 1, green: 2, amber: 1, red: 1, not_rated: 0 },
      progress: 3 / 5,
      overall: 'red',
      partners: ['Riverside', 'ICB', 'Mental health trust'],
      worst: 'Riverside',
    });
    expect(hi?.names).toEqual(['Tackling health inequalities', 'Health inequalities', 'Health Inequalities', 'Strategic objective: Reducing health inequalities']);
  });

  it('keeps an objective no other partner shares on its own line, with no worst partner named', () => {
    expect(rows.map((r) => r.objective)).toEqual(['Health inequalities', 'Our people', 'Digital']);
    expect(rows.find((r) => r.objective === 'Digital')).toMatchObject({ actions: 1, partners: ['Mental health trust'], worst: null });
  });

  it('counts two sheets of one partner as one partner', () => {
    const more = tracker('Community', [of('Health inequalities', 'C1', 'green')]);
    const [hi] = systemRows([riverside, more], ['Riverside', 'Riverside'], settings);
    expect(hi).toMatchObject({ actions: 3, partners: ['Riverside'], worst: null });
  });

  it('shows in a roll-up as its own table, and not at all in one workbook\'s summary', () => {
    const rolled = summaryTables(summaryModel([riverside, icb, mh], settings, [], { workbooks: ['Riverside', 'ICB', 'Mental health trust'] }));
    expect(rolled.system.heading).toBe('System view: objectives across partners');
    expect(rolled.system.headers).toEqual(['Objective', 'Partners', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Worst partner']);
    expect(rolled.system.rows[0]?.cells.map((c) => c.text)).toEqual(['Health inequalities', 'Riverside, ICB, Mental health trust', '5', '1', '2', '1', '1', '0', '60%', '70%', 'Red', 'Riverside']);
    expect(summaryTables(summaryModel([riverside], settings)).system.rows).toEqual([]);
  });

  it('is left out of a roll-up whose partners share no objective: Table One already shows each', () => {
    const model = summaryModel([riverside, tracker('Other', [of('Net zero', 'N1', 'green')])], settings, [], { workbooks: ['Riverside', 'Estates'] });
    expect(summaryTables(model).system.rows).toEqual([]);
  });
});
