import { isBlank } from '../cells';
import type { CellValue, ColumnMap, Role } from '../types';
import { roleColumns, type RoleColumns } from './roleColumns';
import type { RawAction, SourceCell } from './layout';

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
  /** The action's first row; its continuation rows, if any, are in `more`. */
  private readonly first: readonly CellValue[];
  private more: (readonly CellValue[])[] | null = null;
  private gathered: Pick<RawAction, 'cells' | 'extraStatus'> | null = null;
  /** See RawAction.statusFrom: set by the row reader only where it differs from the status column. */
  statusFrom?: number;

  /** `line` is the action's first row, objective and ambition already filled down. */
  constructor(
    row: number,
    line: readonly CellValue[],
    readonly heading: string | null,
    private readonly columns: ColumnMap,
    private readonly extraColumns: readonly number[],
    /** The columns again, as fields: a reader passes the sheet's one object to all its actions. */
    readonly roles: RoleColumns = roleColumns(columns),
    readonly subHeading: string | null = null,
    /** The sheet's groups of status columns one per part of the organisation (RowLayout.peers), read together by extraStatus. */
    readonly peers?: readonly (readonly number[])[],
  ) {
    this.rows = [row];
    this.first = line;
  }

  /**
   * A one-row action's cell in column `col` (-1 for an unmapped role), as {@link single} reads
   * a role's: null when blank or unmapped; undefined when the action spans several rows.
   */
  at(col: number): CellValue | undefined {
    if (this.more !== null) return undefined;
    const value = col < 0 ? null : (this.first[col] ?? null);
    return isBlank(value) ? null : value;
  }

  /**
   * The non-blank cells of column `col` (-1 for an unmapped role) over the action's rows, as
   * `cells` lists a role's: for reading one role of an action over several rows without
   * gathering the others. Undefined when there are none.
   */
  cellsAt(col: number): SourceCell[] | undefined {
    if (col < 0) return undefined;
    let out: SourceCell[] | undefined;
    const more = this.more ?? [];
    for (let i = 0; i <= more.length; i++) {
      const value = (i === 0 ? this.first : more[i - 1])?.[col] ?? null;
      if (!isBlank(value)) out = append(out, { value, row: this.rows[i] ?? 0 });
    }
    return out;
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
    (this.more ??= []).push(line);
    this.gathered = null;
  }

  /**
   * A one-row action's cell for a role, as `cells` holds it: null when it is blank or the role
   * has no column; undefined when the action spans several rows, whose cells are in `cells`.
   */
  single(role: Role): CellValue | undefined {
    if (this.more !== null) return undefined;
    const col = this.columns[role];
    const value = col === undefined ? null : (this.first[col] ?? null);
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

  /** The columns of {@link extraStatus}, in its order: a one-row action's cells are read from them with {@link at}. */
  get extraColumnList(): readonly number[] {
    return this.extraColumns;
  }

  /** True when the action has a ref (only its first row can: a row with one starts an action). */
  hasRef(): boolean {
    const col = this.columns.ref;
    return col !== undefined && !isBlank(this.first[col]);
  }

  private gather(): Pick<RawAction, 'cells' | 'extraStatus'> {
    if (this.gathered !== null) return this.gathered;
    const cells: Partial<Record<Role, SourceCell[]>> = {};
    const extraStatus: SourceCell[][] = [];
    const more = this.more ?? [];
    for (let i = 0; i <= more.length; i++) {
      const line = i === 0 ? this.first : (more[i - 1] ?? []);
      const row = this.rows[i] ?? 0;
      for (const [role, col] of this.roles.mapped) {
        const value = line[col] ?? null;
        if (!isBlank(value)) cells[role] = append(cells[role], { value, row });
      }
      for (let j = 0; j < this.extraColumns.length; j++) {
        const value = line[this.extraColumns[j] ?? -1] ?? null;
        if (!isBlank(value)) extraStatus[j] = append(extraStatus[j], { value, row });
      }
    }
    this.gathered = { cells, extraStatus };
    return this.gathered;
  }
}
