import { parseA1Range } from '../read';
import { PatchUnsupportedError } from './errors';
import { slideFormula } from './formula';
import { type CellWriter, patchSheetData } from './sheet-data';
import { attr, escapeText, setAttr, unescapeXml } from './xml';

/*
 * A formula filled down or across is saved once, in its first cell (the master:
 * <f t="shared" ref="G4:G20" si="0">IF(F4="Done",1,0)</f>); the other cells only say which
 * group they belong to (<f t="shared" si="0"/>) and read it moved to where they are. A write
 * that replaces the master would leave them pointing at nothing, which Excel reports as damage
 * (and ExcelJS refuses to save, so its writer is no fallback here). So the cells that still
 * share it are given the formula itself, moved to their place: what each of them computed.
 */

/** A shared formula's master that a write replaced. */
export interface SharedMaster {
  si: string;
  /** Where it stood: 1-based row, 0-based column. */
  row: number;
  col: number;
  /** Its formula, unescaped. */
  formula: string;
  /** The range the group covers (1-based rows, 0-based columns). */
  range: { top: number; left: number; bottom: number; right: number };
}

const MASTER = /<f\b([^>]*)>([\s\S]*?)<\/f>/;

/** parseA1Range with 1-based rows, as the sheet XML numbers them. */
function parseRange(ref: string): SharedMaster['range'] | null {
  const range = parseA1Range(ref);
  return range && { ...range, top: range.top + 1, bottom: range.bottom + 1 };
}

/**
 * The shared formula a cell is the master of, or null when it is none (a plain cell, a plain
 * formula, or a cell that only shares another's).
 * @example sharedMaster('<c r="G4"><f t="shared" ref="G4:G9" si="0">F4*2</f><v>2</v></c>', 4, 6)?.si // '0'
 */
export function sharedMaster(cellXml: string, row: number, col: number): SharedMaster | null {
  const m = MASTER.exec(cellXml);
  const open = m ? `<f${m[1] ?? ''}>` : '';
  const [si, ref] = [attr(open, 'si'), attr(open, 'ref')];
  if (!m || attr(open, 't') !== 'shared' || si === undefined || ref === undefined || (m[2] ?? '').trim() === '') return null;
  const range = parseRange(ref);
  if (!range) throw new PatchUnsupportedError(`a shared formula at row ${row} has a range "${ref}" the patcher cannot read`);
  return { si, row, col, formula: unescapeXml(m[2] ?? ''), range };
}

/** A cell that shares one of these groups, given its own formula (moved to where it is) instead; null for any other. */
function ownFormula(cellXml: string, masters: ReadonlyMap<string, SharedMaster>, row: number, col: number): string | null {
  const f = /<f\b[^>]*?(?:\/>|>\s*<\/f>)/.exec(cellXml);
  const open = f ? f[0].slice(0, f[0].indexOf('>') + 1) : '';
  const master = masters.get(attr(open, 'si') ?? '');
  if (!f || attr(open, 't') !== 'shared' || !master) return null;
  const moved = slideFormula(master.formula, row - master.row, col - master.col);
  if (moved === null) throw new PatchUnsupportedError(`the shared formula at row ${master.row} cannot be moved to row ${row} with certainty`);
  // Its other attributes (ca, aca) are the cell's own and stay.
  const plain = setAttr(setAttr(setAttr(open, 't', undefined), 'si', undefined), 'ref', undefined).replace(/\s*\/?>$/, '>');
  return cellXml.slice(0, f.index) + `${plain}${escapeText(moved)}</f>` + cellXml.slice(f.index + f[0].length);
}

/**
 * The worksheet with every cell that still shares one of these (replaced) masters' formulas
 * given that formula, moved to its own place; every other cell as it was. Only the cells the
 * groups cover are looked at.
 * @example xml = unshareFormulas(xml, [sharedMaster(before, 4, 6)])
 */
export function unshareFormulas(xml: string, masters: readonly SharedMaster[]): string {
  const bySi = new Map(masters.map((m) => [m.si, m]));
  const writes = new Map<number, Map<number, CellWriter>>();
  for (const { range } of masters) {
    for (let row = range.top; row <= range.bottom; row++) {
      const cells = writes.get(row) ?? new Map<number, CellWriter>();
      for (let col = range.left; col <= range.right; col++) cells.set(col, (_ref, existing) => (existing ? ownFormula(existing.xml, bySi, row, col) : null));
      writes.set(row, cells);
    }
  }
  return patchSheetData(xml, writes);
}
