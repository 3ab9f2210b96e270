import { atRiskReason, redatedReason, stepRule } from '../../../src/core/rating';
import { defaultSettings } from '../../../src/core/settings';

/*
 * SPEC 5.1 rule 5 and 2.4: a re-dated step's reason names the deadline it replaced when the time
 * frame says one, so the board sees how far it slipped, not only where it now stands.
 */

describe('the reason of a step re-dated from a known deadline', () => {
  it('gives both dates for a step reported at risk', () => {
    expect(atRiskReason('the action', '2025-01-24', '2024-12-13')).toBe('Amber: the action is reported as delayed or at risk, and has been re-dated from 13 Dec 2024 to 24 Jan 2025.');
  });

  it('gives both dates for a step re-dated with no other sign of risk', () => {
    expect(redatedReason('step 2 of 3 "Go live"', '2025-03-31', '2024-12-31')).toBe('Amber: step 2 of 3 "Go live" has been re-dated from 31 Dec 2024 to 31 Mar 2025, which counts as slippage.');
  });

  it('says a new date is still to be confirmed', () => {
    expect(redatedReason('the action', null, '2025-10-06')).toBe('Amber: the action has been re-dated from 6 Oct 2025 to a date still to be confirmed, which counts as slippage.');
  });

  it('is given by rule 5 from the replaced deadline, only when the time frame is the re-dated one', () => {
    const settings = defaultSettings('2025-01-15');
    const timeframe = { kind: 'date' as const, start: '2025-01-24', end: '2025-01-24', redated: true };
    const input = { timeframe, timeframeText: '2024-12-13 revised to 2025-01-24', status: 'on_track' as const, statusRedated: false, override: null, replaced: '2024-12-13' };
    expect(stepRule(input, settings).reason('the action')).toBe('Amber: the action has been re-dated from 13 Dec 2024 to 24 Jan 2025, which counts as slippage.');
    expect(stepRule({ ...input, timeframe: { ...timeframe, redated: false }, statusRedated: true }, settings).reason('the action')).toBe('Amber: the action has been re-dated to 24 Jan 2025, which counts as slippage.');
  });
});
