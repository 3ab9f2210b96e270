import ExcelJS from 'exceljs';
import { bookParts, worksheet, zipOf } from '../xlsx/patch/helpers';

/*
 * Trackers with rows the user cannot see (SPEC 9: a filtered or hidden range), as both paths
 * meet them: rows hidden by Home > Format > Hide & Unhide, and rows a filter leaves out.
 */

/** The hidden_rows warning both paths give for the sheet "Action plan". */
export const HIDDEN_ROWS_MESSAGE =
  'Some rows on sheet "Action plan" are hidden or filtered out. Any actions in them were still rated, and their RAG columns written in their own rows. To see them, clear the filter (Data > Clear), or select the whole sheet and choose Home > Format > Hide & Unhide > Unhide Rows.';

/**
 * A title, a blank row, a header on row 3 and four actions, two of them (rows 5 and 7) hidden
 * by hand; beside a notes sheet with nothing hidden.
 */
export function hiddenRowsTracker(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'Quality improvement plan';
  ws.getRow(3).values = ['Ref', 'Action', 'Lead', 'Time frame', 'Status'];
  ws.getRow(4).values = [1, 'Publish the quality strategy', 'Director of Nursing', 'End of Oct 22', 'Completed'];
  ws.getRow(5).values = [2, 'Recruit patient partners', 'Engagement Manager', 'Dec 2022', 'On track'];
  ws.getRow(6).values = [3, 'Audit discharge letters', 'Medical Director', 'Sep 22', 'Delayed'];
  ws.getRow(7).values = [4, 'Refresh the sepsis pathway', 'Medical Director', 'End of Nov 22', 'Not started'];
  for (const r of [5, 7]) ws.getRow(r).hidden = true;
  wb.addWorksheet('Notes').getCell('A1').value = 'Meeting notes live here.';
  return wb;
}

/** The filterColumn the filtered tracker's AutoFilter holds (Status, its fifth column). */
export const FILTER_COLUMN = '<filterColumn colId="4"><filters><filter val="Delayed"/><filter val="On track"/></filters></filterColumn>';
const FILTER_WITH_CRITERIA = `<autoFilter ref="A1:E5">${FILTER_COLUMN}</autoFilter>`;

const cell = (ref: string, value: string | number): string =>
  typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

/**
 * The same kind of tracker as Excel saves it with a filter applied (Data > Filter, Status
 * showing only "On track" and "Delayed"): the filter on the header, and the rows it leaves out
 * (rows 2 and 5, Completed) marked hidden, which is how Excel keeps a filter's result in the file.
 * With `criteria: false`, the filter's drop-downs are on but nothing is chosen: no row hidden.
 */
export function filteredTrackerBytes(opts: { criteria?: boolean } = {}): Buffer {
  const criteria = opts.criteria !== false;
  const data: [number, string, string, string, string][] = [
    [1, 'Publish the quality strategy', 'Director of Nursing', 'End of Oct 22', 'Completed'],
    [2, 'Recruit patient partners', 'Engagement Manager', 'Dec 2022', 'On track'],
    [3, 'Audit discharge letters', 'Medical Director', 'Sep 22', 'Delayed'],
    [4, 'Close the falls action plan', 'Director of Nursing', 'Aug 22', 'Completed'],
  ];
  const header = ['Ref', 'Action', 'Lead', 'Time frame', 'Status'];
  const letters = ['A', 'B', 'C', 'D', 'E'];
  const row = (r: number, values: readonly (string | number)[], hidden: boolean): string =>
    `<row r="${r}" spans="1:5"${hidden ? ' hidden="1"' : ''}>${values.map((v, i) => cell(`${letters[i] ?? 'A'}${r}`, v)).join('')}</row>`;
  const rows = [row(1, header, false), ...data.map((values, i) => row(i + 2, values, criteria && values[4] === 'Completed'))].join('');
  const filter = criteria ? FILTER_WITH_CRITERIA : '<autoFilter ref="A1:E5"/>';
  const xml = worksheet(rows, `${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`, criteria ? '<sheetPr filterMode="1"/>' : '');
  const names = '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Action plan\'!$A$1:$E$5</definedName></definedNames><calcPr calcId="191029"/>';
  return zipOf(bookParts([{ name: 'Action plan', xml }], { workbookTail: names }));
}
