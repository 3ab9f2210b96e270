import { classifyStatus } from '../../../src/core/status';

/** A spec table of statuses: one test per row, each text classed as the row says. */
export function table(rows: [string, string][]): void {
  it.each(rows)('reads "%s" as %s', (text, status) => {
    expect(classifyStatus(text)).toBe(status);
  });
}
