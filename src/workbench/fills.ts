import { columnIndex } from '../core/cells';
import { isOwnRuleFormula } from '../core/output';
import type { MemoryFormat, MemorySheet } from '../host/memory/model';

/*
 * The fills Excel would show from the product's own conditional formats. Their formulas are
 * simple (a cell equals a word, or starts with one), so they are read, not executed; rules
 * not written by the product are left out.
 */

interface Test {
  col: number;
  row: number;
  prefix: number | null;
  word: string;
}

function parse(formula: string): Test | null {
  const eq = /AND\(\$([A-Z]{1,3})(\d+)="([^"]*)"/.exec(formula);
  const left = /AND\(LEFT\(\$([A-Z]{1,3})(\d+),(\d+)\)="([^"]*)"/.exec(formula);
  if (left) return { col: columnIndex(left[1] ?? '') ?? -1, row: Number(left[2]) - 1, prefix: Number(left[3]), word: left[4] ?? '' };
  if (eq) return { col: columnIndex(eq[1] ?? '') ?? -1, row: Number(eq[2]) - 1, prefix: null, word: eq[3] ?? '' };
  return null;
}

function inside(f: MemoryFormat, row: number, col: number): { top: number } | null {
  const r = f.ranges.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
  return r ? { top: r.top } : null;
}

/** The fill and font colour (hex RRGGBB) of a cell, or null when no product rule applies. */
export function cellFill(sheet: MemorySheet, row: number, col: number): { fill: string; font: string | null } | null {
  for (const f of sheet.formats) {
    if (f.formula === null || !isOwnRuleFormula(f.formula) || f.fill === null) continue;
    const at = inside(f, row, col);
    const test = parse(f.formula);
    if (!at || !test) continue;
    const value = String(sheet.rows[test.row + (row - at.top)]?.[test.col]?.value ?? '');
    const hit = test.prefix === null ? value === test.word : value.slice(0, test.prefix) === test.word;
    if (hit) return { fill: f.fill, font: f.fontColor };
  }
  return null;
}
