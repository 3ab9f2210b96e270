import { isItemList } from '../../../src/core/steps';

/*
 * An action cell that lists its sub-actions (SPEC 2.3, on a tracker without a next-steps column)
 * is told by its list markers: numbers or bullets on two items or more. Lines without markers are
 * as often one action wrapped over several lines, so they are no list.
 */

describe('isItemList', () => {
  it('is true for two numbered or bulleted items or more, on lines of their own or on one line', () => {
    expect([
      "1. Recruit 4 WTE paediatric nurses\n2. Rotate children's ward nurses into ED on nights\n3. Review establishment",
      '• Draft the policy\n• Approve at Quality Committee',
      '- Draft the policy\n- Approve at Quality Committee',
      'a) Draft the policy\nb) Approve it',
      '1. Draft plan 2. Consult staff',
      '• Draft plan • Consult staff',
      '<ul><li>Draft plan</li><li>Consult staff</li></ul>',
    ].map(isItemList)).toEqual([true, true, true, true, true, true, true]);
  });

  it('is false for plain lines, one marked item, or a number that is no marker', () => {
    expect([
      'Implement the sepsis trigger.\nAudit compliance weekly.',
      '1. Recruit 4 WTE paediatric nurses',
      'Recruit 1.5 WTE nurses\n2 posts out to advert',
      'Daily CD checks; pharmacy spot audit monthly',
      '',
    ].map(isItemList)).toEqual([false, false, false, false, false]);
  });
});
