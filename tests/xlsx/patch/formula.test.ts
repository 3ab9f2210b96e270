import { slideFormula } from '../../../src/xlsx/patch/formula';

describe('slideFormula', () => {
  it('moves relative references with the cell and keeps $-anchored parts', () => {
    expect(slideFormula('A1*2', 3, 0)).toBe('A4*2');
    expect(slideFormula('SUM($A2:B2)*Sheet2!C$1', 3, 1)).toBe('SUM($A5:C5)*Sheet2!D$1');
    expect(slideFormula('$A$1+A$1+$A1', 2, 2)).toBe('$A$1+C$1+$A3');
    expect(slideFormula('Z9+AA10', 0, 1)).toBe('AA9+AB10');
  });

  it('moves whole-column and whole-row ranges', () => {
    expect(slideFormula('COUNTA(B:B)+SUM(2:3)', 1, 1)).toBe('COUNTA(C:C)+SUM(3:4)');
    expect(slideFormula('SUM($B:C,$2:3)', 1, 1)).toBe('SUM($B:D,$2:4)');
  });

  it('leaves text, quoted and unquoted sheet names, functions, names, tables and errors as they are', () => {
    expect(slideFormula('IF(F4="A1 done","Done: B2",#N/A)', 1, 0)).toBe('IF(F5="A1 done","Done: B2",#N/A)');
    expect(slideFormula("'Q1 2023''s plan'!A1+Q1!B2", 1, 0)).toBe("'Q1 2023''s plan'!A2+Q1!B3");
    expect(slideFormula('LOG10(A1)+ATAN2(B1,C1)', 1, 0)).toBe('LOG10(A2)+ATAN2(B2,C2)');
    expect(slideFormula('Actions[[#This Row],[A1]]+T1[Cost]+[1]Sheet1!A1', 1, 0)).toBe('Actions[[#This Row],[A1]]+T1[Cost]+[1]Sheet1!A2');
    expect(slideFormula('SUM(Q1:Q4!A1)+Rates_2023+TRUE', 1, 0)).toBe('SUM(Q1:Q4!A2)+Rates_2023+TRUE');
    expect(slideFormula('1E5+1.5*Über1+_xlfn.XLOOKUP(A1,B:B,C:C)', 1, 0)).toBe('1E5+1.5*Über1+_xlfn.XLOOKUP(A2,B:B,C:C)');
    expect(slideFormula('SUM(A1#)+#REF!', 1, 0)).toBe('SUM(A2#)+#REF!');
  });

  it('gives null when it cannot be certain: unclosed text or brackets, or a reference moved off the sheet', () => {
    expect(slideFormula('"open', 1, 0)).toBeNull();
    expect(slideFormula('T1[Cost', 1, 0)).toBeNull();
    expect(slideFormula('A1048576', 1, 0)).toBeNull();
    expect(slideFormula('XFD1', 0, 1)).toBeNull();
    expect(slideFormula('A2', -2, 0)).toBeNull();
  });
});
