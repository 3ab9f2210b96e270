import { readHeader } from '../../../src/core/detect/columns';
import { matchRoles } from '../../../src/core/detect/headers';

/*
 * A delivery plan's "KPI / target" column says what each action should achieve ("-310 tCO2e",
 * "ZEV %", "Published"), not when: read as the time frame, every row gained an undatable step.
 */
describe('a measure column is not the time frame', () => {
  it.each(['KPI / target', 'KPI', 'Target measure', 'Metric (target)', 'Indicator target', 'Outcome measure / target', 'Target KPI'])('"%s" names no time frame', (head) => {
    expect(matchRoles(head)[0]?.role).not.toBe('timeframe');
    const r = readHeader(['Ref', 'Action', 'Lead', head, 'Q3 update']);
    expect(r.columns.timeframe).toBeUndefined();
  });

  it.each(['Target date', 'Target', 'KPI target date', 'Due date'])('"%s" is still the time frame', (head) => {
    expect(readHeader(['Ref', 'Action', 'Lead', head, 'Update']).columns.timeframe).toBe(3);
  });
});
