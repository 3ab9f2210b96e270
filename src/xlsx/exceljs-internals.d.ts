/*
 * ExcelJS 4.4.0 parsers patched by exceljs-fixes.ts. Only the members the patch touches are
 * declared; they are internal to ExcelJS, so the patch checks them before use.
 */
declare module 'exceljs/lib/xlsx/xform/table/table-xform' {
  const TableXform: { prototype: object };
  export default TableXform;
}
declare module 'exceljs/lib/xlsx/xform/table/filter-column-xform' {
  const FilterColumnXform: { prototype: object };
  export default FilterColumnXform;
}
/** ExcelJS's built-in number formats by id ({ f: code }; a few Asian ids have per-locale codes instead). */
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Readonly<Record<number, { f?: string } | undefined>>;
  export default formats;
}
