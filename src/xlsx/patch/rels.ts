import { attr, escapeXml, findElements } from './xml';

/** One relationship of a part (Id, Type, Target as written). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types the patcher writes or reads. */
export const REL = {
  worksheet: `${OFFICE}/worksheet`,
  comments: `${OFFICE}/comments`,
  vmlDrawing: `${OFFICE}/vmlDrawing`,
  calcChain: `${OFFICE}/calcChain`,
  officeDocument: `${OFFICE}/officeDocument`,
  styles: `${OFFICE}/styles`,
  sharedStrings: `${OFFICE}/sharedStrings`,
  table: `${OFFICE}/table`,
  extendedProperties: `${OFFICE}/extended-properties`,
} as const;

/**
 * The .rels part that belongs to a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
 * @example relsPath('xl/worksheets/sheet1.xml') // 'xl/worksheets/_rels/sheet1.xml.rels'
 */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A target resolved against the part that refers to it, as a path inside the package.
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml') // 'xl/comments1.xml'
 */
export function resolveTarget(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The relationships listed in a .rels part's XML.
 * @example parseRels('<Relationships><Relationship Id="rId1" Type="t" Target="a.xml"/></Relationships>')[0]?.id // 'rId1'
 */
export function parseRels(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return findElements(xml, 'Relationship').map(({ text }) => ({
    id: attr(text, 'Id') ?? '',
    type: attr(text, 'Type') ?? '',
    target: attr(text, 'Target') ?? '',
    external: attr(text, 'TargetMode') === 'External',
  }));
}

/**
 * A .rels part's XML for these relationships.
 * @example serialiseRels([]) // '<?xml …?><Relationships xmlns="…"></Relationships>'
 */
export function serialiseRels(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS}">${items.join('')}</Relationships>`;
}

/**
 * An Id not yet used in the list: rId1, rId2, … after the highest number present.
 * @example freeId([{ id: 'rId3', type: '', target: '', external: false }]) // 'rId4'
 */
export function freeId(rels: readonly Relationship[]): string {
  const used = rels.map((r) => /^rId(\d+)$/.exec(r.id)?.[1]).map(Number).filter(Number.isFinite);
  return `rId${Math.max(0, ...used) + 1}`;
}

/**
 * The path from a part's folder to another part, as a relative Target.
 * @example relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet3.xml') // 'worksheets/sheet3.xml'
 */
export function relativeTarget(from: string, to: string): string {
  const base = from.split('/').slice(0, -1);
  const dest = to.split('/');
  let shared = 0;
  while (shared < base.length && shared < dest.length - 1 && base[shared] === dest[shared]) shared++;
  return [...base.slice(shared).map(() => '..'), ...dest.slice(shared)].join('/');
}
