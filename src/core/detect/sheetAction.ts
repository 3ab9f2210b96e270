import { isBlank } from '../cells';
import type { CellValue, ColumnMap, Role } from '../types';
import type { RawAction, SourceCell } from './rows';

/** Appends to a list, starting it when there is none; a new list holds just its one cell. */
function append(list: SourceCell[] | undefined, cell: SourceCell): SourceCell[] {
  if (list === undefined) return [cell];
  list.push(cell);
  return list;
}

/**
 * An action found on the sheet: its rows, and its cells by role, which are gathered from the
 * rows only when first asked for. Nearly every action is one row, whose cells the engine reads
 * straight from the row ({@link single}); building lists of cells for every row of a large
 * sheet would cost more than reading them.
 * @example new SheetAction(2, ['1', 'Publish plan'], null, { ref: 0, action: 1 }, []).cells.action // [{ value: 'Publish plan', row: 2 }]
 */
export class SheetAction implements RawAction {
  readonly rows: number[];
  private readonly lines: (readonly CellValue[])[];
  private gathered: Pick<RawAction, 'cells' | 'extraStatus'> | null = null;

  /** `line` is the action's first row, objective and ambition already filled down. */
  constructor(
    row: number,
    line: readonly CellValue[],
    readonly heading: string | null,
    private readonly columns: ColumnMap,
    private readonly extraColumns: readonly number[],
  ) {
    this.rows = [row];
    this.lines = [line];
  }

  get cells(): Partial<Record<Role, SourceCell[]>> {
    return this.gather().cells;
  }

  get extraStatus(): SourceCell[][] {
    return this.gather().extraStatus;
  }

  /** Joins a continuation row to the action. */
  addRow(row: number, line: readonly CellValue[]): void {
    this.rows.push(row);
    this.lines.push(line);
    this.gathered = null;
  }

  /**
   * A one-row action's cell for a role, as `cells` holds it: null when it is blank or the role
   * has no column; undefined when the action spans several rows, whose cells are in `cells`.
   */
  single(role: Role): CellValue | undefined {
    if (this.lines.length !== 1) return undefined;
    const col = this.columns[role];
    const value = col === undefined ? null : (this.lines[0]?.[col] ?? null);
    return isBlank(value) ? null : value;
  }

  /** True when the action has a non-blank cell for the role, as `cells[role] !== undefined` says. */
  has(role: Role): boolean {
    const value = this.single(role);
    return value === undefined ? this.cells[role] !== undefined : value !== null;
  }

  /** True when the sheet has status-like columns besides the status column (see `extraStatus`). */
  hasExtraColumns(): boolean {
    return this.extraColumns.length > 0;
  }

  /** True when the action has a ref (only its first row can: a row with one starts an action). */
  hasRef(): boolean {
    const col = this.columns.ref;
    return col !== undefined && !isBlank(this.lines[0]?.[col]);
  }

  private gather(): Pick<RawAction, 'cells' | 'extraStatus'> {
    if (this.gathered !== null) return this.gathered;
    const cells: Partial<Record<Role, SourceCell[]>> = {};
    const extraStatus: SourceCell[][] = [];
    this.lines.forEach((line, i) => {
      const row = this.rows[i] ?? 0;
      for (const [role, col] of Object.entries(this.columns) as [Role, number][]) {
        const value = line[col] ?? null;
        if (!isBlank(value)) cells[role] = append(cells[role], { value, row });
      }
      this.extraColumns.forEach((col, j) => {
        const value = line[col] ?? null;
        if (!isBlank(value)) extraStatus[j] = append(extraStatus[j], { value, row });
      });
    });
    this.gathered = { cells, extraStatus };
    return this.gathered;
  }
}
