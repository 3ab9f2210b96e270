import { a1, a1Range } from '../../core/cells';
import { type ConditionalRule, isOwnRuleFormula } from '../../core/output';
import type { StyleSheet } from './styles';
import { attr, escapeXml, findElement, findElements, insertBefore, setAttr, unescapeXml } from './xml';

/** Worksheet children that come after conditionalFormatting (CT_Worksheet's order). */
const AFTER_CF = ['dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function isOwn(cfRule: string): boolean {
  return [...cfRule.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].some((m) => isOwnRuleFormula(unescapeXml(m[1] ?? '')));
}

/** A rule's look as a differential format: fill in both colours (Excel reads bgColor, some readers fgColor). */
function dxfXml(rule: ConditionalRule): string {
  const font = `${rule.bold ? '<b/>' : ''}${rule.font === null ? '' : `<color rgb="FF${rule.font}"/>`}`;
  const fill = `<fill><patternFill patternType="solid"><fgColor rgb="FF${rule.fill}"/><bgColor rgb="FF${rule.fill}"/></patternFill></fill>`;
  return `<dxf>${font === '' ? '' : `<font>${font}</font>`}${fill}</dxf>`;
}

/*
 * Every rule's priority, the user's newer kinds too: data bars, icon sets and rules Excel 2010
 * added live in the extLst as <x14:cfRule priority="…"> (under whatever prefix the part
 * declares), numbered in the same sequence as the plain rules.
 */
function priorities(tail: string): number[] {
  return [...tail.matchAll(/<(?:[A-Za-z_][\w.-]*:)?cfRule\b[^>]*>/g)].map((m) => Number(attr(m[0], 'priority') ?? 0)).filter(Number.isFinite);
}

/** Splits a sheet at the end of its cells: the rules, widths and drawings all sit in the small tail. */
function split(xml: string): [string, string] {
  const at = xml.lastIndexOf('</sheetData>');
  return at < 0 ? ['', xml] : [xml.slice(0, at), xml.slice(at)];
}

/**
 * The worksheet with this product's earlier colour rules removed (found by their marker, so
 * the user's rules are never touched) and the plan's added after the user's in priority, so
 * theirs keep winning where both apply. Running it twice leaves one set.
 * @example xml = replaceOwnRules(xml, plan.rules, styles)
 */
export function replaceOwnRules(xml: string, rules: readonly ConditionalRule[], styles: StyleSheet): string {
  const [head, tail] = split(xml);
  let rest = tail;
  for (const cf of findElements(tail, 'conditionalFormatting').reverse()) {
    const kept = findElements(cf.text, 'cfRule').filter((r) => !isOwn(r.text));
    if (kept.length === findElements(cf.text, 'cfRule').length) continue;
    const open = cf.text.slice(0, cf.text.indexOf('>') + 1);
    rest = rest.slice(0, cf.start) + (kept.length === 0 ? '' : `${open}${kept.map((r) => r.text).join('')}</conditionalFormatting>`) + rest.slice(cf.end);
  }
  const base = Math.max(0, ...priorities(rest));
  const byRef = new Map<string, string[]>();
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
    const ref = a1Range(rule.range);
    const stop = rule.stopIfTrue ? ' stopIfTrue="1"' : '';
    const xmlRule = `<cfRule type="expression" dxfId="${styles.dxf(dxfXml(rule))}" priority="${base + rule.priority}"${stop}><formula>${escapeXml(rule.formula.replace(/^=/, ''))}</formula></cfRule>`;
    byRef.set(ref, [...(byRef.get(ref) ?? []), xmlRule]);
  }
  const added = [...byRef].map(([ref, list]) => `<conditionalFormatting sqref="${ref}">${list.join('')}</conditionalFormatting>`).join('');
  return head + (added === '' ? rest : insertBefore(rest, added, AFTER_CF, 'worksheet'));
}

/**
 * The worksheet with these column widths (0-based columns, widths in characters), splitting
 * any column range that spans one of them so its other columns keep their widths.
 * @example xml = setWidths(xml, [{ col: 6, width: 11 }])
 */
export function setWidths(xml: string, widths: readonly { col: number; width: number }[]): string {
  const cols = findElement(xml, 'cols');
  const start = xml.indexOf('<sheetData');
  // With nothing to set a sheet without <cols> would get an empty one, which the schema forbids.
  if (widths.length === 0 || start < 0 || (cols && cols.start > start)) return xml;
  let items = cols ? findElements(cols.text, 'col').map((c) => ({ min: Number(attr(c.text, 'min')), max: Number(attr(c.text, 'max')), tag: c.text })) : [];
  for (const { col, width } of widths) {
    const n = col + 1;
    const next: typeof items = [];
    let found = false;
    for (const item of items) {
      if (n < item.min || n > item.max) {
        next.push(item);
        continue;
      }
      found = true;
      if (item.min < n) next.push({ ...item, max: n - 1, tag: setAttr(item.tag, 'max', String(n - 1)) });
      next.push({ min: n, max: n, tag: setAttr(setAttr(setAttr(setAttr(item.tag, 'min', String(n)), 'max', String(n)), 'width', String(width)), 'customWidth', '1') });
      if (n < item.max) next.push({ ...item, min: n + 1, tag: setAttr(item.tag, 'min', String(n + 1)) });
    }
    if (!found) next.push({ min: n, max: n, tag: `<col min="${n}" max="${n}" width="${width}" customWidth="1"/>` });
    items = next.sort((a, b) => a.min - b.min);
  }
  const text = `<cols>${items.map((i) => i.tag).join('')}</cols>`;
  return cols ? xml.slice(0, cols.start) + text + xml.slice(cols.end) : xml.slice(0, start) + text + xml.slice(start);
}

/**
 * The worksheet's used-range hint widened to take in the cells written.
 * @example xml = widenDimension(xml, { right: 11, bottom: 50 })
 */
export function widenDimension(xml: string, to: { right: number; bottom: number }): string {
  const dim = findElement(xml, 'dimension');
  if (!dim || dim.start > xml.indexOf('<sheetData')) return xml;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(attr(dim.text, 'ref') ?? '');
  if (!m) return xml;
  const width = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const right = Math.max(width(m[3] ?? m[1] ?? 'A'), to.right);
  const bottom = Math.max(Number(m[4] ?? m[2]), to.bottom);
  return xml.slice(0, dim.start) + setAttr(dim.text, 'ref', `${m[1]}${m[2]}:${a1(right, bottom)}`) + xml.slice(dim.end);
}
