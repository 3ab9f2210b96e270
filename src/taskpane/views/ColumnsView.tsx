import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Role } from '../../core/types';
import { capitalised } from '../../core/summary/clip';
import { ROLE_LABELS, ROLES } from '../../core/vocabulary/columns';
import type { ExcelRunner } from '../../excel/run';
import { alsoReadHint, rolesFor } from '../alsoRead';
import { mappingProblem } from '../model';
import { NONE, useColumns } from '../useColumns';
import { sentence, type PaneState } from '../usePane';
import { Notice, type Note } from './Notice';
import { refreshNow } from './RefreshNow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Full width and free to shrink: a Fluent input or dropdown is wider than the pane at 200% zoom.
  full: { minWidth: 0, width: '100%' },
  line: { margin: 0 },
});

// A choice in a list starts with a capital, as Fluent's own options do; the labels are lower case for use mid-sentence.
const roleWord = (r: string): string => (r === NONE ? 'Not used' : capitalised(ROLE_LABELS[r as Role] ?? r));
const ROLE_WORDS = Object.fromEntries(ROLES.map((r) => [r, roleWord(r)]));

/**
 * Columns: the sheet, its header row and each column's role, as detected or as the user sets
 * them (SPEC 2.1), saved in the workbook for the next refresh. A sheet detection did not find
 * can be chosen too, which is how a tracker with unfamiliar headers gets read at all.
 */
export function ColumnsView({ pane, runner, onRefreshNow }: { pane: PaneState; runner: ExcelRunner; onRefreshNow: () => void }) {
  const styles = useStyles();
  const c = useColumns(pane, runner);
  const [saved, setSaved] = useState<Note>(null);
  const alsoRead = (c.tracker && c.tracker.headerRow === c.headerRow && pane.outcome?.alsoRead[c.tracker.sheet]) || {};
  const emptyRow = `Row ${c.headerRow} of "${c.sheet ?? ''}" is empty: choose the row with the column headers, then save.`;
  if (c.sheet === null) return <p className={styles.line}>Refresh the ratings first: the columns are detected while rating.</p>;

  const write = async (mapping: Record<string, string> | null) => {
    // An empty header row has no column to choose, so "choose the action column" would send the user looking for one.
    const problem = mapping === null ? null : c.headers.length === 0 ? emptyRow : mappingProblem(mapping, ROLE_WORDS);
    setSaved(problem === null ? null : { intent: 'error', text: problem });
    if (problem !== null) return;
    pane.setError(null);
    try {
      await c.save(mapping);
      setSaved({ intent: 'success', text: mapping === null ? 'Cleared: the next refresh detects the columns again.' : 'Saved in the workbook: the next refresh uses these columns.' });
    } catch (e) {
      pane.setError(sentence(e, 'save the columns'));
    }
  };

  return (
    <div className={styles.root}>
      {c.tracker === undefined && <p className={styles.line}>{`No tracker was detected on "${c.sheet}". Choose the row that holds its column headers, give the columns their roles, and save: the next refresh reads the sheet with them.`}</p>}
      <Field label="Sheet">
        <Dropdown className={styles.full} value={c.sheet} selectedOptions={[c.sheet]} onOptionSelect={(_, d) => { setSaved(null); c.setSheet(d.optionValue ?? null); }}>
          {c.choices.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Header row" hint={c.tracker ? `Detected: row ${c.tracker.headerRow}.` : 'The row number of the column headers.'}>
        {/* Uncontrolled, and new for each sheet: the number may be blank or half typed on its way to the row. */}
        <Input key={c.sheet} className={styles.full} type="number" min={1} defaultValue={String(c.headerRow)} onChange={(_, d) => { const n = Number(d.value); if (Number.isInteger(n) && n >= 1) c.setHeaderRow(n); }} />
      </Field>
      {c.headers.length === 0 && <p className={styles.line}>{`Row ${c.headerRow} of "${c.sheet}" is empty: choose the row with the column headers.`}</p>}
      {c.headers.map((h) => {
        const role = c.roles[h.letter] ?? NONE;
        return (
          <Field key={h.letter} label={`${h.letter}: ${h.text}`} hint={role === NONE ? alsoReadHint(h.letter, alsoRead, h.text) : undefined}>
            <Dropdown className={styles.full} value={roleWord(role)} selectedOptions={[role]} onOptionSelect={(_, d) => c.setRoles({ ...c.roles, [h.letter]: d.optionValue ?? NONE })}>
              {rolesFor(h.letter, alsoRead, [NONE, ...ROLES]).map((r) => (
                <Option key={r} value={r}>
                  {roleWord(r)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void write(c.roles)}>Save columns</Button>
        <Button onClick={() => void write(null)}>Clear saved columns</Button>
      </div>
      <Notice note={saved} action={refreshNow(saved, onRefreshNow)} />
    </div>
  );
}
