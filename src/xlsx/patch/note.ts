import { a1 } from '../../core/cells';
import type { XlsxPackage } from './package';
import { REL, freeId, relativeTarget, resolveTarget } from './rels';
import { attr, escapeXml, findElement, insertBefore } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const AUTHOR = 'RAG Tracker';
/** Worksheet children that come after legacyDrawing (CT_Worksheet's order). */
const AFTER_LEGACY = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function textXml(text: string): string {
  return `<text><r><t xml:space="preserve">${escapeXml(text)}</t></r></text>`;
}

/** A hidden note box for one cell, as Excel draws it (row and column 0-based). */
function vmlShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:320pt;height:160pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 6}, 15, ${row + 10}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

function newVml(idmap: number, shape: string): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shape}</xml>`
  );
}

/** Shape ids are unique per workbook: each drawing owns the block of 1,024 its idmap names. */
function freeIdmap(pkg: XlsxPackage, vmlParts: readonly string[]): number {
  const used = vmlParts.flatMap((p) => [...(pkg.text(p) ?? '').matchAll(/<o:idmap[^>]*data="([\d,]+)"/g)].flatMap((m) => (m[1] ?? '').split(',').map(Number)));
  return Math.max(0, ...used) + 1;
}

/** Sheet XML with a reference to its legacy (VML) drawing, and the r: namespace it needs. */
function withLegacyDrawing(xml: string, id: string): string {
  let out = xml;
  const root = findElement(out, 'worksheet');
  if (root && !/xmlns:r="/.test(out.slice(root.start, out.indexOf('>', root.start)))) {
    out = out.replace('<worksheet', `<worksheet xmlns:r="${R_NS}"`);
  }
  const tail = out.lastIndexOf('</sheetData>');
  const head = tail < 0 ? '' : out.slice(0, tail);
  return head + insertBefore(out.slice(head.length), `<legacyDrawing r:id="${id}"/>`, AFTER_LEGACY, 'worksheet');
}

/**
 * Puts a note (the colour key) on one cell of a worksheet part: the note is replaced when the
 * cell has one, added beside the user's own notes when the sheet has some, and the comments
 * and drawing parts are created when it has none. Returns the sheet XML to save (it changes
 * only when the drawing is new). `row` is 1-based, `col` 0-based.
 * @example xml = setNote(pkg, 'xl/worksheets/sheet1.xml', xml, 7, 6, legend)
 */
export function setNote(pkg: XlsxPackage, sheetPath: string, sheetXml: string, row: number, col: number, text: string): string {
  const ref = a1(col, row);
  const rels = pkg.rels(sheetPath);
  const commentsRel = rels.find((r) => r.type === REL.comments);
  const commentsPath = commentsRel ? resolveTarget(sheetPath, commentsRel.target) : pkg.freePath('xl/comments{n}.xml');
  const comments = pkg.text(commentsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
  const authors = [...comments.matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) => m[1]);
  let next = authors.includes(escapeXml(AUTHOR)) ? comments : comments.replace(/<authors\s*\/>|<\/authors>/, (m) => (m.startsWith('</') ? `<author>${AUTHOR}</author></authors>` : `<authors><author>${AUTHOR}</author></authors>`));
  const authorId = [...next.matchAll(/<author>([\s\S]*?)<\/author>/g)].findIndex((m) => m[1] === AUTHOR);
  const existing = new RegExp(`<comment ref="${ref}"[^>]*>[\\s\\S]*?</comment>`).exec(next);
  const comment = `<comment ref="${ref}" authorId="${authorId}">${textXml(text)}</comment>`;
  if (existing) {
    if (existing[0] === comment) return sheetXml;
    // A function, not the string: the note's text (a meeting name) may hold "$&" or "$'",
    // which a replacement string reads as patterns.
    pkg.setText(commentsPath, next.replace(existing[0], () => comment));
    return sheetXml;
  }
  next = next.replace(/<commentList\s*\/>|<\/commentList>/, (m) => (m.startsWith('</') ? `${comment}</commentList>` : `<commentList>${comment}</commentList>`));
  pkg.setText(commentsPath, next);
  let sheetRels = rels;
  if (!commentsRel) {
    pkg.declare(commentsPath, 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
    sheetRels = [...sheetRels, { id: freeId(sheetRels), type: REL.comments, target: relativeTarget(sheetPath, commentsPath), external: false }];
  }
  const legacy = findElement(sheetXml, 'legacyDrawing');
  const vmlRel = legacy ? sheetRels.find((r) => r.id === attr(legacy.text, 'r:id')) : undefined;
  let out = sheetXml;
  if (vmlRel) {
    const vmlPath = resolveTarget(sheetPath, vmlRel.target);
    const vml = pkg.text(vmlPath) ?? '';
    const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    pkg.setText(vmlPath, vml.replace(/<\/xml>\s*$/, `${vmlShape(Math.max(1024, ...ids) + 1, row - 1, col)}</xml>`));
  } else {
    const vmlPath = pkg.freePath('xl/drawings/vmlDrawing{n}.vml');
    const idmap = freeIdmap(pkg, pkg.names().filter((n) => n.toLowerCase().endsWith('.vml')));
    pkg.setText(vmlPath, newVml(idmap, vmlShape(idmap * 1024 + 1, row - 1, col)));
    pkg.declareDefault('vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
    const id = freeId(sheetRels);
    sheetRels = [...sheetRels, { id, type: REL.vmlDrawing, target: relativeTarget(sheetPath, vmlPath), external: false }];
    out = withLegacyDrawing(sheetXml, id);
  }
  pkg.setRels(sheetPath, sheetRels);
  return out;
}
