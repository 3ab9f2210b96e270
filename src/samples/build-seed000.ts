import type ExcelJS from 'exceljs';
import { addRow, finishTable, writeHeader, type ColumnSpec } from './sheet';
import {
  seed000Actions,
  seed000Due,
  seed000Lead,
  seed000PaymentPolicyAction,
  seed000PaymentPolicyDue,
  seed000PlanActions,
  seed000PlanDue,
  seed000Status,
} from './seed000';

export const SEED000_FILE = 'seed000-nice-initial-actions.xlsx';
export const SEED000_ACTIONS_SHEET = 'Initial actions';
export const SEED000_PLAN_SHEET = 'Jan–Apr 2025 plan';

const COLUMNS: ColumnSpec[] = [
  { header: 'Ref', width: 6 },
  { header: 'Action', width: 70 },
  { header: 'Lead', width: 28 },
  { header: 'Due', width: 22 },
  { header: 'Status', width: 26 },
];

/**
 * The six initial actions share one status and one deadline, as the strategy states them;
 * only the payment policy has its own date. The Jan–Apr 2025 plan's lines follow on a
 * second sheet with no lead or status, because the seed gives none.
 */
export function fillSeed000(workbook: ExcelJS.Workbook): void {
  const actions = workbook.addWorksheet(SEED000_ACTIONS_SHEET);
  writeHeader(actions, 1, COLUMNS);
  seed000Actions.forEach((action, i) => {
    const due = action === seed000PaymentPolicyAction ? seed000PaymentPolicyDue : seed000Due;
    addRow(actions, [i + 1, action, seed000Lead, due, seed000Status]);
  });
  finishTable(actions, 1, COLUMNS.length);

  const plan = workbook.addWorksheet(SEED000_PLAN_SHEET);
  writeHeader(plan, 1, COLUMNS);
  seed000PlanActions.forEach((action, i) => {
    addRow(plan, [i + 1, action, null, seed000PlanDue, null]);
  });
  finishTable(plan, 1, COLUMNS.length);
}
