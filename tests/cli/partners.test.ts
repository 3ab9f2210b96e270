import { partnerLabels } from '../../src/cli/partners';

/*
 * Partners who title their trackers alike ("<organisation> – system winter plan actions") are
 * told apart by the words before the dash: every one is labelled by them, however short, as
 * the words after it name the exercise they share, not the partner (rv18 finding 4).
 */

describe('partnerLabels', () => {
  it('cuts every title sharing its words after the dash to the words before it, one word or more', () => {
    expect(partnerLabels(['Acute Trust – system winter plan actions', 'Hospice – system winter plan actions', 'ICB — System Winter Plan Actions', null])).toEqual(['Acute Trust', 'Hospice', 'ICB', null]);
  });

  it('cuts a title of its own to the organisation only when that is two words or more', () => {
    expect(partnerLabels(['Eastvale Hospitals NHS Foundation Trust – Operational plan actions', 'ICB – Joint Forward Plan', 'Hospice – winter plan'])).toEqual([
      'Eastvale Hospitals NHS Foundation Trust',
      'ICB – Joint Forward Plan',
      'Hospice – winter plan',
    ]);
  });

  it('leaves titles with no spaced dash as they are, however alike', () => {
    expect(partnerLabels(['Winter plan', 'Winter plan 2026/27', 'Hospice-at-home plan'])).toEqual(['Winter plan', 'Winter plan 2026/27', 'Hospice-at-home plan']);
  });
});
