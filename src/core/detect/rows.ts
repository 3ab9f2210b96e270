import { a1, cellText } from '../cells';
import type { CellValue, Role } from '../types';
import { Furniture, startsLegend } from './furniture';
import { saysNoAction } from './noAction';
import { blankRow, continues, fillDown, nextFilled } from './rowKinds';
import { headingColumn, spacerHeading } from './headingColumn';
import { Headings } from './headings';
import { roleColumns, type RoleColumns } from './roleColumns';
import { SheetAction } from './sheetAction';
import { RowLine } from './line';
import { namesArchive } from './archive';
import { Outline } from './outline';
import { firstSectionTitle } from './sections';
import type { RawAction, RowLayout } from './layout';

export { SheetAction } from './sheetAction';
export type { RawAction, RowLayout, SourceCell } from './layout';

/**
 * Reads the tracker's rows into actions, one per call to {@link next}: blank rows skipped,
 * group-heading rows carried down, continuation rows joined to the action above, objective
 * and ambition filled down (boards merge those cells vertically, which leaves them blank below
 * the first row). Handing out one action at a time lets a caller rate each while it is fresh,
 * and stop between actions to give the host a turn.
 * @example
 * new ActionReader([['Ref', 'Action'], ['1', 'Publish plan']], { columns: { ref: 0, action: 1 }, extraStatus: [], headerIndex: 0, lastIndex: 1, skip: new Set() }).next()?.rows // [2]
 */
export class ActionReader {
  private readonly watched: readonly number[];
  private readonly roles: RoleColumns;
  private readonly furnished: Furniture;
  /** The rows as read, and the columns they are read by: the time frame's a Gantt chart's where the sheet has none (RowLine). */
  private readonly lines: RowLine;
  private readonly first: number;
  private readonly carried: Partial<Record<Role, CellValue>> = {};
  private readonly headings = new Headings();
  /** A plan's outline numbers: a summary row over the tasks numbered under it heads them (Outline). */
  private readonly outline: Outline;
  private pending: SheetAction | null = null;
  /** Set at a key to the colours (startsLegend): nothing below it is an action. */
  private ended = false;
  /** The heading and its cell of an archive section that ended the actions ("Closed actions"), or null. */
  archive: { heading: string; cell: string } | null = null;
  /** 1-based rows repeating the header over a further table or page of these actions (an archive's ends them): labelled as the header is. */
  readonly repeatedHeaders: number[] = [];
  private r: number;

  constructor(
    private readonly rows: readonly (readonly CellValue[])[],
    private readonly layout: RowLayout,
  ) {
    const mapped = Object.values(layout.columns);
    const milestones = layout.milestones ?? [];
    this.watched = [...mapped, ...layout.extraStatus, ...milestones.map((m) => m.col)];
    this.first = Math.min(...mapped);
    this.r = layout.headerIndex + 1;
    this.lines = new RowLine(layout);
    this.roles = roleColumns(this.lines.columns, milestones, layout.assurance);
    this.furnished = new Furniture(rows[layout.headerIndex] ?? [], layout.columns);
    this.outline = new Outline(rows, layout, this.watched);
    const title = firstSectionTitle(rows, layout, this.furnished);
    if (title !== null) this.headings.read(title.text, '', title.cell);
  }

  /**
   * The next action, once its last row is read; null after the last, or when row `until`
   * (0-based) has been read first: a caller that must not block reads a long run of blank rows
   * a stretch at a time, and tells the two apart by {@link done}.
   */
  next(until = Infinity): SheetAction | null {
    const { extraStatus, lastIndex } = this.layout;
    const { columns } = this.lines;
    const stop = Math.min(lastIndex, until);
    for (; this.r <= stop; this.r++) {
      const r = this.r;
      const row = this.lines.read(this.rows[r] ?? []);
      if (this.ended || this.layout.skip.has(r)) continue;
      // A row blank in the tracker's columns may still head a group from a spacer column left of them.
      const blank = blankRow(row, this.watched);
      if ((blank && this.first === 0) || this.furniture(row)) continue;
      const previous = this.pending;
      const heading = blank
        ? spacerHeading(this.rows[this.layout.headerIndex] ?? [], row, this.first, this.layout.across?.get(r))
        : headingColumn(this.rows, r, row, this.layout, this.first, columns, this.watched, this.carried.objective, this.outline);
      if (heading >= 0) {
        this.headings.read(cellText(row[heading]).trim(), this.outline.ref(row), a1(heading, r + 1));
        // A heading row in the objective column is that column's value for the rows under it that leave it blank; a divider ("OPEN ACTIONS") none.
        if (heading === columns.objective) this.carried.objective = this.headings.heading === null ? null : (row[heading] ?? null);
        // A heading over another table's own header ends this tracker: the rows below are not its actions.
        this.ended = this.furnished.headsOtherTable(nextFilled(this.rows, r, lastIndex, this.watched));
        this.pending = null;
        if (previous !== null) return this.advance(previous);
      }
      if (heading >= 0 || blank) continue;
      if (previous !== null && continues(row, columns, previous.hasRef(), this.carried)) {
        previous.addRow(r + 1, row);
        continue;
      }
      // A plan's task numbered outside the heading carried ("2" after "1.2 | Equipment") is in neither.
      this.headings.task(this.outline.ref(row));
      // A standard already met ("No action required", nothing in its status) is no action; it still carries its objective down.
      const line = fillDown(row, columns, this.carried);
      this.pending = saysNoAction(row, columns, extraStatus) ? null : new SheetAction(r + 1, line, this.headings.heading, columns, extraStatus, this.roles, this.headings.sub, this.layout.peers);
      // Where a later dated update gave the status, warnings name its cell, not the first update's.
      if (this.pending !== null && this.lines.statusFrom >= 0 && this.lines.statusFrom !== columns.status) this.pending.statusFrom = this.lines.statusFrom;
      if (previous !== null) return this.advance(previous);
    }
    if (this.r <= lastIndex) return null;
    const last = this.pending;
    this.pending = null;
    return last;
  }

  /**
   * True when a row is a repeated header, part of a key to the colours or a count (see furniture.ts). A key's start
   * ends the actions, as does a header repeated under a "Closed actions" heading: the live table's archive (namesArchive).
   */
  private furniture(row: readonly CellValue[]): boolean {
    if (startsLegend(row)) this.ended = true;
    if (this.ended || this.furnished.isColourKey(row) || this.furnished.isTally(row)) return true;
    if (!this.furnished.repeatsHeader(row)) return false;
    const { title, cell } = this.headings;
    this.ended = this.pending === null && title !== null && namesArchive(title);
    if (this.ended && title !== null) this.archive = { heading: title, cell };
    else this.repeatedHeaders.push(this.r + 1);
    return true;
  }

  /** True once every row has been read and every action handed out. */
  get done(): boolean {
    return this.r > this.layout.lastIndex && this.pending === null;
  }

  /** 0-based index of the next row to read. */
  get position(): number {
    return this.r;
  }

  private advance(action: SheetAction): SheetAction {
    this.r += 1;
    return action;
  }
}

/**
 * Every action of the tracker, as {@link ActionReader} finds them.
 * @example
 * rawActions([['Ref', 'Action'], ['1', 'Publish plan']], { columns: { ref: 0, action: 1 }, extraStatus: [], headerIndex: 0, lastIndex: 1, skip: new Set() }).length // 1
 */
export function rawActions(rows: readonly (readonly CellValue[])[], layout: RowLayout): RawAction[] {
  const reader = new ActionReader(rows, layout);
  const out: RawAction[] = [];
  for (let action = reader.next(); action !== null; action = reader.next()) out.push(action);
  return out;
}
