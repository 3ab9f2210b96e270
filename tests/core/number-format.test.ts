import { isDateFormat, isPercentFormat, percentText } from '../../src/core/number-format';

describe('isDateFormat', () => {
  it.each(['dd/mm/yyyy', 'd-mmm-yy', 'mm-dd-yy', 'dd mmm yyyy', 'mmm-yy', 'mmmm', 'yyyy', 'DD/MM/YYYY', '[$-809]dd mmmm yyyy;@', 'dd/mm/yyyy hh:mm', '[Red]d/m/yy'])(
    'reads %j as a date',
    (fmt) => expect(isDateFormat(fmt)).toBe(true),
  );

  it.each(['General', '0', '0.00', '0%', '#,##0.00', '£#,##0;[Red]-£#,##0', '@', 'h:mm', 'hh:mm:ss', 'mm:ss', 'h:mm AM/PM', '[h]:mm', '[mm]:ss', '0" days"', '0.00E+00', '', null, undefined])(
    'does not read %j as a date',
    (fmt) => expect(isDateFormat(fmt)).toBe(false),
  );
});

describe('isPercentFormat', () => {
  it.each(['0%', '0.00%', '0.0%;[Red]-0.0%', '#,##0%', '[$-809]0%'])('reads %j as a percentage', (fmt) => expect(isPercentFormat(fmt)).toBe(true));

  it.each(['General', '0', '0.00', '0" %"', '0\\%', 'dd/mm/yyyy', '@', '', null, undefined])('does not read %j as a percentage', (fmt) =>
    expect(isPercentFormat(fmt)).toBe(false),
  );
});

describe('percentText', () => {
  it.each([
    [0.75, '75%'],
    [1.2, '120%'],
    [0.07, '7%'],
    [0.125, '12.5%'],
    [0, '0%'],
    [-0.1, '-10%'],
    [1, '100%'],
  ])('shows %p as %j', (n, text) => expect(percentText(n)).toBe(text));
});
