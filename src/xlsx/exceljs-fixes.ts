import FilterColumnXform from 'exceljs/lib/xlsx/xform/table/filter-column-xform';
import TableXform from 'exceljs/lib/xlsx/xform/table/table-xform';

/*
 * ExcelJS 4.4.0 reads attributes that Excel leaves out at their default the wrong way:
 * a table without headerRowCount (Excel's default: one header row) loads as having no
 * header row, and a filter column without hiddenButton (default: button shown) loads as a
 * hidden button; filter columns are also matched by position instead of colId. Left alone,
 * the tracker's table reads as headerless, and saving writes headerRowCount="0" and hides
 * every filter button in the user's tables. These patches make the parse follow the
 * OOXML defaults; writing is untouched. They apply once, on import.
 */

interface XmlNode {
  name: string;
  attributes: Record<string, string | undefined>;
}
interface FilterColumnModel {
  colId?: number;
  filterButton?: boolean;
}
interface ParserLike {
  parser?: unknown;
  model?: { headerRow?: boolean; autoFilterRef?: string; columns?: FilterColumnModel[] };
  map?: { autoFilter?: { model?: { columns: FilterColumnModel[] } }; tableColumns?: { model?: unknown[] } };
  parseOpen(node: XmlNode): boolean;
  parseClose(name: string): boolean;
}
type Proto = ParserLike & { ragTrackerPatched?: boolean };

function patchFilterColumn(proto: Proto): void {
  const parseOpen = proto.parseOpen;
  proto.parseOpen = function (this: ParserLike, node: XmlNode): boolean {
    const top = this.parser === undefined && node.name === 'filterColumn';
    const handled = parseOpen.call(this, node);
    if (top && this.model) {
      const model = this.model as FilterColumnModel;
      model.filterButton = node.attributes.hiddenButton !== '1' && node.attributes.hiddenButton !== 'true';
      model.colId = Number(node.attributes.colId);
    }
    return handled;
  };
}

function patchTable(proto: Proto): void {
  const parseOpen = proto.parseOpen;
  proto.parseOpen = function (this: ParserLike, node: XmlNode): boolean {
    const top = this.parser === undefined && node.name === 'table';
    const handled = parseOpen.call(this, node);
    if (top && this.model) this.model.headerRow = node.attributes.headerRowCount !== '0';
    return handled;
  };
  const parseClose = proto.parseClose;
  proto.parseClose = function (this: ParserLike, name: string): boolean {
    const filter = this.parser === undefined && name === 'table' ? this.map?.autoFilter?.model : undefined;
    const width = this.map?.tableColumns?.model?.length ?? 0;
    if (filter) {
      // Line the filter columns up by colId; a column Excel did not list keeps a visible button.
      const byId = new Map(filter.columns.map((c) => [c.colId, c] as const));
      filter.columns = Array.from({ length: width }, (_, i) => byId.get(i) ?? { filterButton: true });
    }
    return parseClose.call(this, name);
  };
}

for (const [cls, patch] of [
  [FilterColumnXform, patchFilterColumn],
  [TableXform, patchTable],
] as const) {
  const proto = cls.prototype as Proto;
  if (!proto.ragTrackerPatched && typeof proto.parseOpen === 'function' && typeof proto.parseClose === 'function') {
    patch(proto);
    proto.ragTrackerPatched = true;
  }
}

/** Importing this module applies the patches; the flag lets tests confirm they are in place. */
export const EXCELJS_PATCHED = true;
