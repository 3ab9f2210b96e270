import { defaultSettings } from '../../../src/core/settings';
import { planOutput } from '../../../src/core/output';
import { smallTracker } from './fixtures';

/** WCAG 2 relative luminance of a hex RRGGBB colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the colour rules', () => {
  const rules = planOutput(smallTracker(), defaultSettings('2023-01-03')).rules;

  it('checks the contrast formula against known pairs', () => {
    expect(contrast('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('777777', 'FFFFFF')).toBeCloseTo(4.48, 2);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s keeps its text at least 4.5:1 against its fill', (_id, rule) => {
    // A rule without a text colour leaves Excel's automatic black text.
    expect(contrast(rule.font ?? '000000', rule.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('uses a handful of rules, not one per cell', () => {
    expect(rules.length).toBeLessThanOrEqual(10);
  });
});
