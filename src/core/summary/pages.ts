import type { PagePlan } from './sheet-plan';

/** Points per line of 11-point text: Excel's default row height. */
export const LINE_HEIGHT = 15;

/** A4, in inches. */
const A4 = { long: 11.69, short: 8.27 };
const POINTS_PER_INCH = 72;
/*
 * A column n characters wide is 7n + 5 pixels of 11-point Calibri, at 96 pixels to the inch.
 * Heights and fonts differ a little between Excel, its versions and LibreOffice, so a page is
 * filled only to SAFETY: a manual break that comes too late would leave Excel's own break just
 * before it and a page holding a row or two.
 */
const PIXELS_PER_CHAR = 7;
const COLUMN_PADDING = 5;
const POINTS_PER_PIXEL = 0.75;
const SAFETY = 0.88;
/*
 * Manual breaks stop after this many pages (Excel allows 1,026 on a sheet, and each costs the
 * add-in a call); a list longer than that is no board paper, and Excel breaks the rest itself.
 */
const MAX_BREAKS = 50;

/**
 * The height, in the sheet's own points, that one printed page holds: fitting the columns to
 * one page wide shrinks everything by the same factor, so a page holds the paper's printable
 * height divided by that factor.
 * @example pageRoom([179], page) // about 580
 */
export function pageRoom(widths: readonly number[], page: PagePlan): number {
  const paper = page.orientation === 'landscape' ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long };
  const m = page.margins;
  const printableWidth = (paper.width - m.left - m.right) * POINTS_PER_INCH;
  const printableHeight = (paper.height - m.top - m.bottom) * POINTS_PER_INCH;
  const sheetWidth = widths.reduce((sum, w) => sum + Math.trunc(w * PIXELS_PER_CHAR + COLUMN_PADDING) * POINTS_PER_PIXEL, 0);
  const scale = sheetWidth > printableWidth ? printableWidth / sheetWidth : 1;
  return (printableHeight / scale) * SAFETY;
}

/**
 * Where printed pages break, worked out as rows are added: a row that does not fit starts a
 * new page, taking with it the rows kept with it (a section's heading stays with its table's
 * header and first row). The title rows print on every page, so they come off every page's room.
 * @example const pager = new Pager(580, 2, heights); pager.place(0, 21)
 */
export class Pager {
  /** 0-based rows that start a printed page (a manual break goes just above each). */
  readonly breaks: number[] = [];
  private titles = 0;
  private used = 0;
  private pageStart = 0;
  private keepFrom: number | null = null;

  constructor(
    private readonly room: number,
    private readonly titleRows: number,
    /** The rows' heights so far, null for the default; read when a kept group moves over. */
    private readonly heights: readonly (number | null)[],
  ) {}

  /** Whether a row this tall fits on the current page (anything fits on an empty one, or once breaks have stopped). */
  fits(points: number): boolean {
    return this.used === 0 || this.breaks.length >= MAX_BREAKS || this.used + points <= this.room - this.titles;
  }

  /** Accounts for row `index`, starting a new page above it (or above the rows kept with it) when it does not fit. */
  place(index: number, points: number, canBreak = true): void {
    if (index < this.titleRows) {
      this.titles += points;
      return;
    }
    if (canBreak && !this.fits(points)) this.breakAt(this.keepFrom !== null && this.keepFrom > this.pageStart ? this.keepFrom : index);
    this.used += points;
  }

  /** Starts a new page at row `index`: the rows from there on, already placed, move over with it. */
  breakAt(index: number): void {
    this.breaks.push(index);
    this.pageStart = index;
    this.used = 0;
    for (let r = index; r < this.heights.length; r++) this.used += this.heights[r] ?? LINE_HEIGHT;
  }

  /** Keeps the rows from `index` on the same page as what follows, until release; `replace` false keeps an earlier start. */
  keep(index: number, replace = true): void {
    if (replace || this.keepFrom === null) this.keepFrom = index;
  }

  release(): void {
    this.keepFrom = null;
  }
}

/** Excel's header and footer codes read "&" as the start of a code; a literal one is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Footer text long enough to say which paper it is, well inside Excel's 255-character limit. */
const FOOTER_CHARS = 110;

/**
 * The printed footer, in Excel's header/footer codes: the title and as-at date on the left,
 * "Page n of m" on the right, so a page that comes loose from the pack still says what it is.
 * @example summaryFooter('RAG Summary: A & B', 'As at 1 Dec 2024') // { left: 'RAG Summary: A && B · As at 1 Dec 2024', right: 'Page &P of &N' }
 */
export function summaryFooter(title: string, asAt: string): { left: string; right: string } {
  // A long title is shortened, never the date: the date is what tells two papers apart.
  const room = Math.max(10, FOOTER_CHARS - asAt.length - 3);
  const name = title.length > room ? `${title.slice(0, room - 1).trimEnd()}…` : title;
  return { left: literal(`${name} · ${asAt}`), right: 'Page &P of &N' };
}
