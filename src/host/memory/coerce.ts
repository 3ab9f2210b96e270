import type { MemoryCell } from './model';

/*
 * What Excel stores when a value is written through Range.values, as a user typing it would
 * get: in a cell formatted as Text ("@") a string stays text; otherwise a leading apostrophe
 * makes text, a leading = + or - makes a formula (Excel's documented rule for Range.values),
 * and numbers and TRUE/FALSE written as strings become numbers and booleans. Date-like
 * strings ("1/2") are left as text here: the adapter never writes one, and Excel would read
 * them by the user's locale, which the host does not model.
 */

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;
const PERCENT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;

type Entered = Pick<MemoryCell, 'value' | 'type'> & { formula?: string; numberFormat?: string };

function fromString(s: string, numberFormat: string): Entered {
  if (numberFormat === '@') return { value: s, type: s === '' ? 'Empty' : 'String' };
  if (s === '') return { value: '', type: 'Empty' };
  if (s.startsWith("'")) return { value: s.slice(1), type: 'String' };
  if (NUMBER.test(s)) return { value: Number(s), type: 'Double' };
  if (PERCENT.test(s)) return { value: Number(s.replace('%', '')) / 100, type: 'Double', numberFormat: '0%' };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true', type: 'Boolean' };
  if (/^[=+-]/.test(s)) {
    // The host does not calculate: a formula it cannot evaluate shows #NAME?, as text
    // mistaken for a formula does in Excel.
    return { value: '#NAME?', type: 'Error', formula: s.startsWith('=') ? s : `=${s}` };
  }
  return { value: s, type: 'String' };
}

/**
 * The cell content Excel keeps for one entry of a Range.values array (null entries are
 * "leave unchanged" and never reach here).
 * @example enterValue('-5 days', '@') // { value: '-5 days', type: 'String' }
 * @example enterValue('-5 days', 'General').type // 'Error' (read as a formula)
 */
export function enterValue(raw: unknown, numberFormat: string): Entered {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, type: 'Double' } : { value: '#NUM!', type: 'Error' };
  if (typeof raw === 'boolean') return { value: raw, type: 'Boolean' };
  return fromString(typeof raw === 'string' ? raw : String(raw), numberFormat);
}
