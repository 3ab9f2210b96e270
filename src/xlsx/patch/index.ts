import type { HistoryRow } from '../../core/history';
import type { OutputPlan } from '../../core/output';
import type { SummarySheetPlan } from '../../core/summary';
import type { SheetGrid } from '../../core/types';
import { XlsxPackage } from './package';
import { writeHistoryPart, writeSettingsPart, writeSummaryPart } from './product-sheets';
import { REL, freeId, relativeTarget, resolveTarget } from './rels';
import { EMPTY_STYLES, StyleSheet } from './styles';
import { EMPTY_STRINGS, SharedStrings } from './strings';
import type { PatchContext } from './context';
import { patchTrackerSheet } from './tracker-sheet';
import { dropCalcChain, settleViews, sheetNamed, sheetsOf, uses1904 } from './workbook';
import { syncAppProps } from './app-props';
import { findElement } from './xml';
import { ZipFormatError } from './zip';
import { PatchUnsupportedError } from './errors';

export { PatchUnsupportedError };

/** Everything one refresh writes into a workbook. */
export interface RefreshEdits {
  /** One per tracker sheet to write (protected sheets already left out). */
  plans: readonly OutputPlan[];
  settingsJson: unknown;
  /** The whole RAG History after this refresh. */
  history: readonly HistoryRow[];
  /** The RAG Summary and the tracker sheets it goes after; null with --no-summary. */
  summary: { plan: SummarySheetPlan; after: readonly string[] } | null;
}

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The workbook's part of a kind (styles, shared strings), wired in at `fallback` when it has none. */
function part(pkg: XlsxPackage, type: string, fallback: string, contentType: string): string {
  const book = pkg.workbookPath();
  const rels = pkg.rels(book);
  const rel = rels.find((r) => r.type === type);
  if (rel) return resolveTarget(book, rel.target);
  pkg.setRels(book, [...rels, { id: freeId(rels), type, target: relativeTarget(book, fallback), external: false }]);
  pkg.declare(fallback, contentType);
  return fallback;
}

/**
 * The refreshed workbook's bytes: the input package with only the product's cells, rules,
 * note and sheets changed (and what lists the sheets kept in step: the workbook's views and
 * docProps/app.xml). Every other part (charts, pivot tables, images, the user's own
 * formats) is copied through as it was, and the work is proportional to what is written,
 * not to the whole workbook. `grids` are the sheets as read for the engine, to see merges and
 * existing values. Throws {@link PatchUnsupportedError} for a package it cannot patch.
 * @example await fs.writeFile(out, await patchWorkbook(bytes, source.grids, { plans, settingsJson, history, summary: null }))
 */
export async function patchWorkbook(bytes: Buffer, grids: readonly SheetGrid[], edits: RefreshEdits): Promise<Buffer> {
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.open(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new PatchUnsupportedError(error.message);
    throw error;
  }
  const book = pkg.text(pkg.workbookPath());
  const root = book === undefined ? null : findElement(book, 'workbook');
  if (book === undefined || root === null || !book.slice(root.start, book.indexOf('>', root.start)).includes(`xmlns:r="${R_NS}"`)) {
    throw new PatchUnsupportedError('the workbook part is not in the usual (transitional) form');
  }
  const worksheets = sheetsOf(pkg).filter((s) => s.path !== '').map((s) => s.name);
  const stylesPath = part(pkg, REL.styles, 'xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  const stringsPath = part(pkg, REL.sharedStrings, 'xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml');
  const ctx: PatchContext = {
    pkg,
    styles: new StyleSheet(pkg.text(stylesPath) ?? EMPTY_STYLES),
    strings: new SharedStrings(pkg.text(stringsPath) ?? EMPTY_STRINGS),
    date1904: uses1904(pkg),
  };
  for (const plan of edits.plans) {
    const sheet = sheetNamed(pkg, plan.sheet);
    const grid = grids.find((g) => g.name.toLowerCase() === plan.sheet.toLowerCase());
    if (!sheet || !grid) throw new PatchUnsupportedError(`sheet "${plan.sheet}" is not a plain worksheet part`);
    patchTrackerSheet(ctx, sheet, grid, plan);
  }
  writeSettingsPart(ctx, edits.settingsJson);
  writeHistoryPart(ctx, edits.history);
  if (edits.summary) writeSummaryPart(ctx, edits.summary.plan, edits.summary.after);
  pkg.setText(stylesPath, ctx.styles.toXml());
  if (!ctx.strings.unchanged() || !pkg.has(stringsPath)) pkg.setText(stringsPath, ctx.strings.toXml());
  dropCalcChain(pkg);
  settleViews(pkg);
  syncAppProps(pkg, worksheets);
  return pkg.toBuffer();
}
