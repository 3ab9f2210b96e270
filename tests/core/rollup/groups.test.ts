import { rollup, strategyOf } from '../../../src/core/rollup/groups';
import { percentLabel } from '../../../src/core/rollup/percent';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { Group, Rating } from '../../../src/core/types';
import { action } from './fixtures';

const settings = defaultSettings('2023-09-30');
const byConfidence: Settings = { ...settings, rollupRule: 'confidence' };

function overall(actions: Parameters<typeof rollup>[0], s: Settings = settings): Group {
  const last = rollup(actions, s).at(-1);
  if (last === undefined) throw new Error('rollup always ends with the overall group');
  return last;
}

const ratings = (...list: Rating[]) => list.map((r) => action(r));

describe('rollup: counts, progress and confidence (SPEC 5.3)', () => {
  it('gives only the overall group when no action has an objective or ambition', () => {
    const groups = rollup(ratings('complete', 'green', 'amber', 'red', 'not_rated'), settings);
    expect(groups).toEqual([
      {
        objective: null,
        ambition: null,
        actions: 5,
        counts: { complete: 1, green: 1, amber: 1, red: 1, not_rated: 1 },
        progress: 0.5,
        confidence: 0.625,
        overall: 'red',
        trend: null,
        strategy: null,
        given: false,
      },
    ]);
  });

  it('leaves Not rated actions out of progress and confidence', () => {
    expect(overall(ratings('green', 'not_rated', 'not_rated', 'not_rated'))).toMatchObject({ progress: 1, confidence: 1 });
  });

  it('has no progress or confidence when nothing is rated', () => {
    expect(overall(ratings('not_rated', 'not_rated'))).toMatchObject({ progress: null, confidence: null, overall: 'not_rated' });
    expect(overall([])).toMatchObject({ actions: 0, progress: null, confidence: null, overall: 'not_rated' });
  });

  it('weights confidence by rating: Complete 100, Green 100, Amber 50, Red 0', () => {
    expect(overall(ratings('amber', 'red')).confidence).toBe(0.25);
    const custom: Settings = { ...settings, confidenceWeights: { complete: 100, green: 80, amber: 40, red: 10 } };
    expect(overall(ratings('green', 'amber'), custom).confidence).toBeCloseTo(0.6, 12);
  });

  it("uses an action's own confidence from the sheet in place of its rating's weight", () => {
    expect(overall([action('amber', { confidence: 0.8 }), action('green')]).confidence).toBeCloseTo(0.9, 12);
    expect(overall([action('not_rated', { confidence: 0.1 }), action('green')]).confidence).toBe(1);
  });
});

describe('rollup: overall rating by the worst rule', () => {
  it.each<[Rating[], Rating]>([
    [['green', 'amber', 'red', 'complete'], 'red'],
    [['green', 'amber', 'complete', 'not_rated'], 'amber'],
    [['complete', 'green', 'not_rated'], 'green'],
    [['complete', 'complete'], 'complete'],
    [['complete', 'not_rated'], 'not_rated'],
    [['not_rated'], 'not_rated'],
  ])('rates %j as %s', (list, expected) => {
    expect(overall(ratings(...list)).overall).toBe(expected);
  });
});

describe('rollup: overall rating by the confidence rule', () => {
  it.each<[number, Rating]>([
    [1, 'green'],
    [0.9, 'green'],
    [0.89, 'amber'],
    [0.6, 'amber'],
    [0.59, 'red'],
    [0, 'red'],
  ])('rates a group at confidence %p as %s (Green ≥ 90 %, Amber ≥ 60 %)', (confidence, expected) => {
    expect(overall([action('green', { confidence })], byConfidence).overall).toBe(expected);
  });

  it('reaches a threshold that a mean lands on exactly, despite floating point', () => {
    // (0.82 + 0.94 + 0.94) / 3 computes as 0.8999999999999999.
    const mixed = [0.82, 0.94, 0.94].map((confidence) => action('green', { confidence }));
    expect(overall(mixed, byConfidence).confidence).toBeLessThan(0.9);
    expect(overall(mixed, byConfidence).overall).toBe('green');
  });

  it('follows custom thresholds', () => {
    const strict: Settings = { ...byConfidence, confidenceThresholds: { green: 95, amber: 80 } };
    expect(overall(ratings('green', 'green', 'amber'), strict).overall).toBe('amber');
    expect(overall(ratings('green', 'amber'), strict).overall).toBe('red');
  });

  it('is Complete when every action is complete, and Not rated when nothing is rated', () => {
    expect(overall(ratings('complete', 'complete'), byConfidence).overall).toBe('complete');
    expect(overall(ratings('not_rated'), byConfidence).overall).toBe('not_rated');
  });
});

describe('rollup: groups in sheet order', () => {
  it('lists each objective\'s ambitions, then its total, then the overall group', () => {
    const groups = rollup(
      [
        action('green', { objective: 'Be collaborative', ambition: '4. Formal partnerships' }),
        action('amber', { objective: 'Be collaborative', ambition: '5. Involve local communities' }),
        action('red', { objective: 'Be sustainable' }),
        action('complete', { objective: 'Be collaborative', ambition: '4. Formal partnerships' }),
        action('green', { objective: 'Be sustainable', ambition: '11. Community value and usage plan' }),
        action('not_rated'),
      ],
      settings,
    );
    expect(groups.map((g) => [g.objective, g.ambition, g.actions])).toEqual([
      [null, null, 1],
      ['Be collaborative', '4. Formal partnerships', 2],
      ['Be collaborative', '5. Involve local communities', 1],
      ['Be collaborative', null, 3],
      ['Be sustainable', '11. Community value and usage plan', 1],
      ['Be sustainable', null, 2],
      [null, null, 6],
    ]);
  });

  it('groups the actions above the first group heading on their own, first, and counts them once', () => {
    const groups = rollup(
      [action('green'), action('red'), action('amber', { objective: 'Safe' }), action('complete', { objective: 'Effective' }), action('green', { objective: 'Safe' })],
      settings,
    );
    expect(groups.map((g) => [g.objective, g.ambition, g.actions, g.counts.red])).toEqual([
      [null, null, 2, 1],
      ['Safe', null, 2, 0],
      ['Effective', null, 1, 0],
      [null, null, 5, 1],
    ]);
    expect(groups[0]).toMatchObject({ progress: 0.5, overall: 'red' });
  });

  it('gives actions without an objective their ambitions, then their total, before the objectives', () => {
    const groups = rollup([action('green', { objective: 'Safe' }), action('red', { ambition: 'Inclusive' }), action('amber')], settings);
    expect(groups.map((g) => [g.objective, g.ambition, g.actions])).toEqual([
      [null, 'Inclusive', 1],
      [null, null, 2],
      ['Safe', null, 1],
      [null, null, 3],
    ]);
  });

  it('gives ambitions without an objective their own groups but no objective total', () => {
    const groups = rollup([action('green', { ambition: 'Our services are inclusive' }), action('red', { ambition: ' Our services are inclusive ' })], settings);
    expect(groups.map((g) => [g.objective, g.ambition, g.actions])).toEqual([
      [null, 'Our services are inclusive', 2],
      [null, null, 2],
    ]);
  });

  it('joins the distinct supporting strategies of a group', () => {
    expect(strategyOf([{ strategy: 'People, Quality, Digital' }, { strategy: 'people, Estates' }, { strategy: null }, { strategy: ' ' }])).toBe(
      'People, Quality, Digital, Estates',
    );
    expect(strategyOf([{ strategy: null }])).toBeNull();
  });

  it('leaves the trend for the caller', () => {
    expect(rollup(ratings('green'), settings).every((g) => g.trend === null)).toBe(true);
  });
});

describe('rollup of seed 003 "Table One – High-level Action Progress Summary" (given values)', () => {
  const rows: [objective: string, ambition: string, progress: number, confidence: number, strategy: string][] = [
    ['Provide outstanding care', '1. Our services are inclusive and easy to access', 1, 1, 'People, Quality, Digital, Estates, Communications'],
    ['Provide outstanding care', '2. Our services are innovative and drive improvements in outcomes for people', 1, 0.75, 'People, Quality, Digital'],
    ['Provide outstanding care', '3. Our services support good health and help prevent ill health', 1, 1, 'People, Quality, Estates, Green, Communications'],
    ['Be collaborative', '4. All our services are tied into formal partnerships that improve outcomes for local people', 1, 1, 'Trust Strategic Framework, People, Quality, Communications'],
    ['Be collaborative', '5. We always involve people from our local communities to help us improve our services', 1, 0.8, 'Trust Strategic Framework, People, Quality, Digital, Communications'],
    ['Be collaborative', '6. We are leading care collaboratives in each of the systems we work within', 0.9, 1, 'Trust Strategic Framework, People, Quality, Communications'],
    ['Be an excellent employer', '7. Our people feel valued and can realise their full potential', 1, 0.9, 'People, Quality, Digital, Estates, Communications'],
    ['Be an excellent employer', '8. Our people embrace diversity and promote an inclusive culture that challenges all forms of discrimination', 0.8, 1, 'Trust Strategic Framework, People, Quality, Digital, Communications'],
    ['Be an excellent employer', '9. In meeting the needs of our services, our people can balance their work and personal commitments and are trusted to work flexibly', 1, 1, 'Trust Strategic Framework, People, Quality, Digital'],
    ['Be sustainable', '10. We are financially resilient and support our people in developing and improving our services', 1, 0.8, 'Trust Strategic Framework, People, Quality, Digital, Finance, Green'],
    ['Be sustainable', '11. Our main sites have a community value and usage plan in place', 1, 1, 'Estates, Green'],
    ['Be sustainable', '12. We take positive action to reduce the environmental impact of our services', 1, 1, 'Estates, Communications, Green'],
  ];
  const actions = rows.map(([objective, ambition, progress, confidence, strategy]) =>
    action('not_rated', { objective, ambition, progress, confidence, strategy }),
  );
  const groups = rollup(actions, settings);
  const find = (objective: string | null, ambition: string | null) => groups.find((g) => g.objective === objective && g.ambition === ambition);

  it('has twelve ambitions, four objective totals and the overall group', () => {
    expect(groups).toHaveLength(17);
    expect(groups.filter((g) => g.ambition === null).map((g) => g.objective)).toEqual([
      'Provide outstanding care',
      'Be collaborative',
      'Be an excellent employer',
      'Be sustainable',
      null,
    ]);
  });

  it('carries ambition 2 through exactly: progress 100 %, confidence 75 %, Amber', () => {
    expect(find('Provide outstanding care', rows[1]?.[1] ?? '')).toMatchObject({
      given: true,
      progress: 1,
      confidence: 0.75,
      overall: 'amber',
      strategy: 'People, Quality, Digital',
    });
  });

  it('averages the given values for each objective', () => {
    const care = find('Provide outstanding care', null);
    expect(care).toMatchObject({ given: true, progress: 1, overall: 'green' });
    expect(percentLabel(care?.confidence ?? null)).toBe('92%');
    expect(care?.strategy).toBe('People, Quality, Digital, Estates, Communications, Green');
    const employer = find('Be an excellent employer', null);
    expect([percentLabel(employer?.progress ?? null), percentLabel(employer?.confidence ?? null)]).toEqual(['93%', '97%']);
  });

  it('averages all twelve ambitions overall: progress 98 %, confidence 94 %', () => {
    const all = find(null, null);
    expect(all?.given).toBe(true);
    expect(all?.progress).toBeCloseTo(0.975, 12);
    expect(all?.confidence).toBeCloseTo(0.9375, 12);
    expect([percentLabel(all?.progress ?? null), percentLabel(all?.confidence ?? null)]).toEqual(['98%', '94%']);
  });

  it('rates each ambition by its given confidence when nothing in it is rated', () => {
    expect(groups.filter((g) => g.ambition !== null).map((g) => g.overall)).toEqual([
      'green', 'amber', 'green', 'green', 'amber', 'green', 'green', 'green', 'green', 'amber', 'green', 'green',
    ]);
  });

  it('still uses the ratings under the worst rule when the given rows are rated', () => {
    const rated = action('red', { objective: 'Be sustainable', ambition: '11. Main sites', progress: 1, confidence: 1 });
    expect(rollup([rated], settings)[0]).toMatchObject({ given: true, progress: 1, confidence: 1, overall: 'red' });
  });

  // Changed on purpose: this was { given: false, progress: 0.5, confidence: 0.5 }, worked out from
  // the ratings. On a Table One an ambition without a usable figure (blank, or rejected as above
  // 100 %) has none: worked out from its rating, a Green ambition printed 100 % for a figure the
  // product had rejected, and the totals stopped reconciling (givenRejected.test.ts).
  it('is still given when only some actions carry progress from the sheet: the mean of those given', () => {
    expect(overall([action('green', { progress: 0.5 }), action('red')])).toMatchObject({ given: true, progress: 0.5, confidence: null, overall: 'red' });
  });
});
