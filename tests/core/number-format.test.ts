import { isDateFormat } from '../../src/core/number-format';

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
