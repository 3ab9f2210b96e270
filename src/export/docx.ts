import { Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import { summaryHeading, summaryTables, TABLE_ONE_HEADERS, type SummaryModel, type SummaryTable } from '../core/summary';
import { docxTable, runs } from './docx-table';

/** Relative column widths of each table (the Source column, when there is one, comes first). */
const WEIGHTS = {
  key: [10, 80, 10],
  // Count columns are wide enough for their 8 pt bold headers ("Actions", "Complete") on one line.
  tableOne: [12, 26, 8, 9, 6, 6, 5, 7, 8, 10, 8, 7, 16],
  actions: [5, 28, 14, 9, 7, 22, 20],
  // A due list without its Steps due column shares that room between the action and the latest update.
  dueWithoutSteps: [5, 34, 14, 9, 7, 36],
  qualityCounts: [40, 30, 30],
  qualityTop: [15, 60, 10, 15],
  // A roll-up's system view: objective, partners, the six counts, progress, confidence, overall, worst partner.
  system: [18, 22, 6, 7, 6, 6, 5, 6, 7, 8, 7, 14],
  qualityByPartner: [60, 20, 20],
  // A roll-up's trackers: label, as at, next meeting, the six counts, progress, confidence, completed since.
  included: [16, 8, 16, 6, 7, 6, 6, 5, 6, 7, 8, 14],
};
const SOURCE_WEIGHT = 12;

/** Table One's weights for the columns it shows; a column left out (no ambitions, no strategies) gives its room to the objective. */
function tableOneWeights(headers: readonly string[]): number[] {
  const left = TABLE_ONE_HEADERS.reduce((sum, h, i) => (headers.includes(h) ? sum : sum + (WEIGHTS.tableOne[i] ?? 0)), 0);
  return TABLE_ONE_HEADERS.flatMap((h, i) => (headers.includes(h) ? [(WEIGHTS.tableOne[i] ?? 0) + (h === 'Objective' ? left : 0)] : []));
}

/**
 * The exceptions' and due list's weights, the Ref column wide enough for the longest ref on one
 * line ("MED-002", "TB24/067" broke after the dash at a fixed 5), up to a limit, the room taken
 * from the action. About 0.75 of a weight per character of 8 pt text, and 1.5 for the margins.
 */
function actionsWeights(table: SummaryTable, weights: readonly number[] = WEIGHTS.actions): number[] {
  const at = table.headers.indexOf('Ref');
  const longest = table.rows.reduce((n, r) => Math.max(n, r.cells[at]?.text.length ?? 0), 0);
  const [base = 5, action = 28, ...rest] = weights;
  const ref = Math.min(11, Math.max(base, Math.ceil(0.75 * longest + 1.5)));
  return [ref, action - (ref - base), ...rest];
}

function section(table: SummaryTable, weights: readonly number[]): (Paragraph | Table)[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, keepNext: true, children: runs(table.heading, true, null, 26) });
  if (table.rows.length === 0) return table.empty === '' ? [] : [heading, new Paragraph({ children: runs(table.empty, false, null, 20) })];
  return [heading, docxTable(table, weights)];
}

/** Landscape A4's text width in twips (half-inch margins): where the footer's page number is set, flush right. */
const TEXT_TWIPS = 16838 - 2 * 720;

/**
 * The footer on every page, as the sheet prints it: the paper's title and as-at date on the left and
 * "Page n of m" on the right, so a page that comes loose from the board pack still says what it is.
 */
function footer(title: string, asAt: string): Footer {
  const size = 16;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS }],
        children: [
          new TextRun({ text: `${title} · ${asAt}`, size, color: '595959' }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size, color: '595959' }),
        ],
      }),
    ],
  });
}

/**
 * The board paper as a Word document (SPEC 6): landscape A4; a heading with the tracker's
 * name, the as-of date and its NHS quarter, the next meeting; the key; Table One; the
 * exceptions; what is due at the next meeting; data quality; a footer naming it on every page. Built with the docx package
 * only, so the task pane can build it in the browser too; returns the file's bytes.
 * @example await writeFile('board-paper.docx', await summaryDocx(model))
 */
export async function summaryDocx(model: SummaryModel): Promise<Uint8Array> {
  const tables = summaryTables(model);
  const heading = summaryHeading(model);
  const src = (w: number[]) => (model.sourceHeader === null ? w : [SOURCE_WEIGHT, ...w]);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(heading.title, true, null, 32) }),
    ...heading.lines.map((line, i) => new Paragraph({ children: runs(line, i === 0, null, 22) })),
    ...(tables.included.rows.length > 0 ? section(tables.included, WEIGHTS.included) : []),
    ...section(tables.key, WEIGHTS.key),
    ...model.notes.map((note) => new Paragraph({ spacing: { before: 60 }, children: runs(note, false, '404040', 18) })),
    // Sized by the columns' keys: the headers may be the tracker's own ("PCN" for "Objective").
    ...section(tables.tableOne, src(tableOneWeights(tables.tableOne.keys ?? tables.tableOne.headers))),
    ...section(tables.system, WEIGHTS.system),
    ...section(tables.exceptions, src(actionsWeights(tables.exceptions))),
    ...section(tables.due, src(actionsWeights(tables.due, tables.due.headers.includes('Steps due') ? WEIGHTS.actions : WEIGHTS.dueWithoutSteps))),
    ...section(tables.qualityCounts, WEIGHTS.qualityCounts),
    ...section(tables.qualityByPartner, WEIGHTS.qualityByPartner),
  ];
  if (tables.qualityTop.rows.length > 0) {
    children.push(new Paragraph({ spacing: { before: 120 }, children: runs(tables.qualityTop.heading, true, null, 20) }), docxTable(tables.qualityTop, WEIGHTS.qualityTop));
  }
  const doc = new Document({
    creator: 'RAG Tracker',
    title: heading.title,
    description: `${heading.title}, ${heading.lines[0] ?? ''}`,
    styles: { default: { document: { run: { font: 'Arial' } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 720, right: 720, bottom: 720, left: 720 } } },
        footers: { default: footer(heading.title, heading.lines[0] ?? '') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
