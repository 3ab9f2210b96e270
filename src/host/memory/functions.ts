import { HostObject, NO_SUCH_PROPERTY } from './client';
import type { HostContext } from './context';
import type { MemoryWorkbook } from './model';

/*
 * Excel.Functions: the worksheet functions Office.js evaluates in the workbook. Only DATE is
 * modelled, since its answer is the one thing the adapter asks of them: the serial of a day
 * in the workbook's own date system (1900, or 1904 for workbooks from old Mac Excel).
 */

const MS_PER_DAY = 86_400_000;
/** Days from 30 Dec 1899 (serial 0 of the 1900 system, with Excel's phantom 29 Feb 1900) to 1 Jan 1970. */
const UNIX_EPOCH_1900 = 25_569;
/** The 1904 system counts from 1 Jan 1904: 1,462 days later than the 1900 system. */
const OFFSET_1904 = 1_462;

/** What a FunctionResult brings back: a value, or Excel's error text ("#NUM!") and no value. */
interface Evaluated {
  value: number | null;
  error: string | null;
}

/**
 * DATE(year, month, day) as Excel evaluates it in a workbook of either date system: months and
 * days past their ends roll over, as in Excel; a day before the system's first is #NUM!.
 * @example excelDate(2000, 1, 1, false) // { value: 36526, error: null }
 * @example excelDate(2000, 1, 1, true) // { value: 35064, error: null }
 */
export function excelDate(year: number, month: number, day: number, date1904: boolean): Evaluated {
  const ms = Date.UTC(year, month - 1, day);
  const serial = Math.round(ms / MS_PER_DAY) + UNIX_EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
  // The 1900 system's serials from 1 Mar 1900 on count Excel's 29 Feb 1900; earlier ones are a day less.
  const value = !date1904 && ms < Date.UTC(1900, 2, 1) ? serial - 1 : serial;
  return value < (date1904 ? 0 : 1) ? { value: null, error: '#NUM!' } : { value, error: null };
}

/** Excel.FunctionResult<number>: `value` and `error`, loaded like any proxy's properties. */
export class HostFunctionResult extends HostObject<Evaluated> {
  get value(): number {
    return this._get('value');
  }
  get error(): string {
    return this._get('error');
  }
  _scalar(name: string, target: Evaluated): unknown {
    return name === 'value' ? target.value : name === 'error' ? target.error : NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['error', 'value'];
  }
}

/** Excel.Functions (ExcelApi 1.2): DATE only. */
export class HostFunctions extends HostObject<MemoryWorkbook> {
  constructor(context: HostContext) {
    super(context, 'workbook.functions', () => context._host.workbook, '1.2');
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
  /** Evaluated at the sync that loads it, in the workbook's date system then. */
  date(year: number, month: number, day: number): HostFunctionResult {
    return new HostFunctionResult(this.context, `functions.date(${year},${month},${day})`, () => excelDate(year, month, day, this.context._host.workbook.date1904), '1.2');
  }
}
