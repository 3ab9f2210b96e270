import type ExcelJS from 'exceljs';
import { a1Range } from '../core/cells';
import { type ConditionalRule, isOwnRuleFormula } from '../core/output';

/** What ExcelJS keeps per conditional format (a range and its rules), loaded or added. */
interface SheetFormat {
  ref: string;
  rules: { type?: string; formulae?: unknown[]; priority?: number }[];
}

function formatsOf(ws: ExcelJS.Worksheet): SheetFormat[] {
  // Not in ExcelJS's typings, but it is where loaded and added rules both live.
  return (ws as unknown as { conditionalFormattings?: SheetFormat[] }).conditionalFormattings ?? [];
}

function isOwn(rule: SheetFormat['rules'][number]): boolean {
  return rule.type === 'expression' && (rule.formulae ?? []).some((f) => typeof f === 'string' && isOwnRuleFormula(f));
}

function styleOf(rule: ConditionalRule): Partial<ExcelJS.Style> {
  const colour = { argb: `FF${rule.fill}` };
  // Both colours set: Excel reads a dxf's solid fill from bgColor, some readers from fgColor.
  const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: colour, bgColor: colour };
  const font: Partial<ExcelJS.Font> = {};
  if (rule.font !== null) font.color = { argb: `FF${rule.font}` };
  if (rule.bold) font.bold = true;
  return Object.keys(font).length > 0 ? { fill, font } : { fill };
}

/**
 * Removes this product's earlier rules from a sheet (recognised by the marker in their
 * formulas, wherever Excel has moved or split them) and adds the plan's, after the user's own
 * rules in priority so theirs keep winning where both apply. Running it twice leaves one set.
 * ExcelJS cannot write stopIfTrue; the RAG rules come first, so their fill wins anyway.
 * @example replaceRules(ws, plan.rules)
 */
export function replaceRules(ws: ExcelJS.Worksheet, rules: readonly ConditionalRule[]): void {
  for (const cf of formatsOf(ws)) {
    if (cf.rules.some(isOwn)) cf.rules = cf.rules.filter((r) => !isOwn(r));
  }
  ws.removeConditionalFormatting((cf: SheetFormat) => cf.rules.length > 0);
  const base = Math.max(0, ...formatsOf(ws).flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  const byRef = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
    const ref = a1Range(rule.range);
    const list = byRef.get(ref) ?? [];
    list.push({ type: 'expression', formulae: [rule.formula.replace(/^=/, '')], style: styleOf(rule), priority: base + rule.priority });
    byRef.set(ref, list);
  }
  for (const [ref, list] of byRef) ws.addConditionalFormatting({ ref, rules: list });
}
