import type { XlsxPackage } from './package';
import { REL, resolveTarget } from './rels';
import { sheetsOf } from './workbook';
import { attr, escapeText, findElement, findElements, innerXml, unescapeXml } from './xml';

/*
 * docProps/app.xml lists the workbook's parts for file browsers and search: HeadingPairs
 * holds (group name, count) pairs, "Worksheets" 4 then "Named Ranges" 2, and TitlesOfParts
 * the names of every group, one after the other. Excel rewrites it on every save, so it is
 * only ever a stale copy; it is kept in step with the sheets so the file does not describe
 * a workbook it no longer is. The group names are in Excel's own language, so the
 * worksheets group is found by its heading or, failing that, by its names.
 */

interface Group {
  heading: string;
  /** The count's <vt:variant> element, as a span of the HeadingPairs vector's text. */
  count: { start: number; end: number };
  /** This group's <vt:lpstr> elements in the TitlesOfParts vector. */
  titles: { start: number; end: number; text: string }[];
}

/** The groups the part lists, or null when its shape is not the usual one (then it is left alone). */
function groupsOf(pairs: string, titles: string): Group[] | null {
  const variants = findElements(pairs, 'vt:variant');
  const items = findElements(titles, 'vt:lpstr');
  if (variants.length % 2 !== 0 || attr(pairs, 'size') !== String(variants.length)) return null;
  if (attr(titles, 'baseType') !== 'lpstr' || attr(titles, 'size') !== String(items.length)) return null;
  const groups: Group[] = [];
  let taken = 0;
  for (let i = 0; i < variants.length; i += 2) {
    const [name, count] = [variants[i], variants[i + 1]];
    const heading = name ? findElement(name.text, 'vt:lpstr') : null;
    const n = count ? /^<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>$/.exec(count.text) : null;
    if (!heading || !count || !n) return null;
    groups.push({ heading: unescapeXml(innerXml(heading.text)), count, titles: items.slice(taken, taken + Number(n[1])) });
    taken += Number(n[1]);
  }
  return taken === items.length ? groups : null;
}

/** The one group that lists the worksheets, or undefined when that is not certain. */
function worksheetsGroup(groups: readonly Group[], known: ReadonlySet<string>): Group | undefined {
  const byHeading = groups.filter((g) => g.heading === 'Worksheets');
  if (byHeading.length === 1) return byHeading[0];
  const byNames = groups.filter((g) => g.titles.length > 0 && g.titles.every((t) => known.has(unescapeXml(innerXml(t.text)))));
  return byHeading.length === 0 && byNames.length === 1 ? byNames[0] : undefined;
}

/**
 * The extended properties with the worksheets group listing `names`, every other group (named
 * ranges, charts) kept as written; null when the part is not in the shape Excel and ExcelJS
 * write, or its worksheets group cannot be told apart. `known` are names a worksheet had
 * before or has now, to recognise the group by.
 * @example listWorksheets(appXml, new Set(['Plan']), ['Plan', 'RAG Summary'])
 */
export function listWorksheets(xml: string, known: ReadonlySet<string>, names: readonly string[]): string | null {
  const heading = findElement(xml, 'HeadingPairs');
  const parts = findElement(xml, 'TitlesOfParts');
  const pairs = heading ? findElement(heading.text, 'vt:vector') : null;
  const titles = parts ? findElement(parts.text, 'vt:vector') : null;
  if (!heading || !parts || !pairs || !titles || heading.start > parts.start) return null;
  const groups = groupsOf(pairs.text, titles.text);
  const group = groups ? worksheetsGroup(groups, known) : undefined;
  if (!groups || !group) return null;
  const newPairs = pairs.text.slice(0, group.count.start) + `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>` + pairs.text.slice(group.count.end);
  // An empty group's names go after the group before it (or first, when there is none).
  const before = groups.slice(0, groups.indexOf(group)).flatMap((g) => g.titles).pop();
  const from = group.titles[0]?.start ?? before?.end ?? titles.text.indexOf('>') + 1;
  const to = group.titles[group.titles.length - 1]?.end ?? from;
  const listed = names.map((n) => `<vt:lpstr>${escapeText(n)}</vt:lpstr>`).join('');
  const size = findElements(titles.text, 'vt:lpstr').length - group.titles.length + names.length;
  // The size is set where it stands (checked above to be digits), so nothing else moves.
  const newTitles = (titles.text.slice(0, from) + listed + titles.text.slice(to)).replace(/^(<vt:vector\b[^>]*?\ssize=")\d+"/, `$1${size}"`);
  const newHeading = heading.text.slice(0, pairs.start) + newPairs + heading.text.slice(pairs.end);
  const newParts = parts.text.slice(0, titles.start) + newTitles + parts.text.slice(titles.end);
  return xml.slice(0, heading.start) + newHeading + xml.slice(heading.end, parts.start) + newParts + xml.slice(parts.end);
}

/**
 * Lists the workbook's worksheets, as xl/workbook.xml now has them, in docProps/app.xml when
 * the package has one in the usual shape; `before` are the worksheet names before the patch.
 * @example syncAppProps(pkg, ['Action Plan'])
 */
export function syncAppProps(pkg: XlsxPackage, before: readonly string[]): void {
  const rel = pkg.rels('').find((r) => r.type === REL.extendedProperties && !r.external);
  const path = rel ? resolveTarget('', rel.target) : undefined;
  const xml = path === undefined ? undefined : pkg.text(path);
  if (path === undefined || xml === undefined) return;
  const names = sheetsOf(pkg).filter((s) => s.path !== '').map((s) => s.name);
  const out = listWorksheets(xml, new Set([...before, ...names]), names);
  if (out !== null && out !== xml) pkg.setText(path, out);
}
