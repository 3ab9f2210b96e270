import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet, type MemoryCell } from '../../src/host/memory/model';
import { runnerFor } from '../../src/host/memory/runner';
import { App } from '../../src/taskpane/App';

/*
 * The task pane tests' shared workbook and steps: the pane rendered against an in-memory
 * host, refreshed as of 3 Nov 2022 the way a user does it.
 */

/** A text cell as the host holds it. */
export const text = (value: string): MemoryCell => ({ value, type: 'String', numberFormat: 'General', bold: false });

/** A small action plan: one action overdue (Red), one done, one with no date. */
export function host(): MemoryExcelHost {
  const sheet = newSheet('Action plan');
  sheet.rows = [
    ['Ref', 'Action', 'Lead', 'Timeframe', 'Status'],
    ['1', 'Publish the engagement strategy', 'Jo Bloggs', 'September 2022', 'Draft with the board'],
    ['2', 'Recruit a lay member', 'Sam Smith', 'October 2022', 'Complete'],
    ['3', 'Agree the terms of reference', 'Ali Khan', 'tbc', 'In progress'],
  ].map((r) => r.map(text));
  return new MemoryExcelHost({ sheets: [sheet], date1904: false });
}

/** {@link host} with a second sheet, "Works", whose headers detection cannot read ("Job" names no role): the user maps it in Columns. */
export function hostWithWorks(): MemoryExcelHost {
  const h = host();
  const works = newSheet('Works');
  works.rows = [
    ['Estates works programme 2022/23'],
    [],
    ['No.', 'Job', 'Owner', 'Target date', 'Progress update'],
    ['1', 'Replace ward 4 flooring', 'Head of Estates', 'September 2022', 'Contractor appointed; works delayed'],
  ].map((r) => r.map(text));
  h.workbook.sheets.push(works);
  return h;
}

/** The pane rendered against a host, on desktop unless `onWeb`. */
export function open(h: MemoryExcelHost, onWeb = false) {
  const user = userEvent.setup();
  render(<App runner={runnerFor(h)} onWeb={onWeb} />);
  return user;
}

/** The pane refreshed as of 3 Nov 2022, once it says it rated (or read, when none could be rated) `actions` actions. */
export async function refreshed(h: MemoryExcelHost, actions = 3, onWeb = false) {
  const user = open(h, onWeb);
  const asOf = screen.getByLabelText('As of');
  await user.clear(asOf);
  await user.type(asOf, '2022-11-03');
  await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await screen.findByText(new RegExp(`(?:Rated|Read) ${actions} actions? as at 3 Nov 2022`), undefined, { timeout: 10_000 });
  return user;
}

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one to reflow. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
