import type { XlsxPackage } from './package';
import type { SharedStrings } from './strings';
import type { StyleSheet } from './styles';

/** What every step of one patch shares: the package, its styles and strings, its date system. */
export interface PatchContext {
  pkg: XlsxPackage;
  styles: StyleSheet;
  strings: SharedStrings;
  /** True when the workbook counts dates from 1904. */
  date1904: boolean;
}
