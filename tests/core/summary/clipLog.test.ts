import { CLIP, clipLatest } from '../../../src/core/summary';

describe('the latest update of a dated log typed as one paragraph', () => {
  const log = 'Sep 24: survey completed, leakage est. 95%. Aug 24: Capital bid submitted. Not yet started on decommissioning works.';

  it('is the first entry when the log is written newest first (a reviewer’s Green Plan row MED2 showed the August one)', () => {
    expect(clipLatest(log, CLIP.update)).toBe('Sep 24: survey completed, leakage est. 95%. …');
  });

  it('is the last entry when the log is appended', () => {
    expect(clipLatest('Aug 24: bid submitted. Sep 24: survey completed', CLIP.update)).toBe('… Sep 24: survey completed');
  });

  it('is told by the dated entries even below an undated first line', () => {
    expect(clipLatest('Progress\n14/11/23: signed off\n12/10/23: drafted', CLIP.update)).toBe('Progress\n14/11/23: signed off …');
  });
});
