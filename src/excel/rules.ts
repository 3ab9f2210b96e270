/// <reference types="office-js" />
import type { ConditionalRule } from '../core/output';

/**
 * Replaces this product's colour rules on a sheet: deletes the ones read with the marker in
 * their formula (wherever Excel moved them) and adds the plan's, each moved after every
 * rule already on the sheet so the user's own rules keep winning where both apply, as the
 * command line orders them. A handful of rules per tracker, whatever its row count.
 */
export function queueRules(ws: Excel.Worksheet, own: readonly Excel.ConditionalFormat[], rules: readonly ConditionalRule[]): void {
  for (const format of own) format.delete();
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
    const { top, left, bottom, right } = rule.range;
    const format = ws.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).conditionalFormats.add('Custom');
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = `#${rule.fill}`;
    if (rule.font !== null) format.custom.format.font.color = `#${rule.font}`;
    if (rule.bold) format.custom.format.font.bold = true;
    format.stopIfTrue = rule.stopIfTrue;
    // A negative priority counts from the back: -1 puts the rule last, after the user's.
    format.priority = -1;
  }
}
