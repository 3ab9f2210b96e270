import { completionDenied } from '../../../src/core/status';

/*
 * An update denying the work is finished: the words a closing flag beside it cannot stand against
 * (analyse/heldClosed). Read anywhere in the entry, in any case, with "yet", "been", "fully" between.
 */

describe('completionDenied', () => {
  it.each([
    'Not complete – audit shows 60%',
    'Q3 review NOT yet completed',
    'Not yet been finished',
    'Policy drafted; not fully done',
    'not done',
  ])('reads %p as denying completion', (text) => {
    expect(completionDenied(text)).toBe(true);
  });

  it.each([
    'Completed, not yet signed off',
    'Complete',
    'Cannot complete until the audit is back',
    'Nothing outstanding - done',
    'Not started',
  ])('reads %p as no denial', (text) => {
    expect(completionDenied(text)).toBe(false);
  });
});
