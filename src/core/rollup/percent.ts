/**
 * A fraction as a whole percentage for display, rounded half up (SPEC 5.3). The fraction is
 * first read back at 12 significant digits and shifted by two decimal places in text, so
 * binary noise (0.285 * 100 is 28.499999999999996) never turns a half down.
 * @example percentLabel(0.285) // '29%'
 * @example percentLabel(0.125) // '13%'
 * @example percentLabel(null) // '—'
 */
export function percentLabel(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  const [mantissa = '0', exponent = '0'] = fraction.toPrecision(12).split('e');
  const percent = Number(`${mantissa}e${Number(exponent) + 2}`);
  const whole = Math.floor(percent + 0.5);
  return `${whole === 0 ? 0 : whole}%`;
}
