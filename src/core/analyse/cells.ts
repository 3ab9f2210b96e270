import type { SheetAction } from '../detect/rows';
import type { CellValue } from '../types';
import { joinedText } from './entries';

/** Read with the other single-valued cells: see ./numbers. */
export { numberCell } from './numbers';

/*
 * An action's single-valued cells: its texts, its extra status columns (./extraStatus) and its
 * numbers (./numbers), each read from the action's row when it has one, else from its gathered cells.
 */

/**
 * The plain text of a role's cell in column `col` (`value`, as SheetAction.at gives it:
 * undefined for an action over several rows, whose cells are joined), or null for none.
 * @example textOf(action, action.roles.lead, action.at(action.roles.lead), stripMarkup) // 'THT Programme Manager'
 */
export function textOf(raw: SheetAction, col: number, value: CellValue | undefined, strip: (s: string) => string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') return joinedText(raw.cellsAt(col), strip);
  const text = strip(value);
  return text === '' ? null : text;
}
