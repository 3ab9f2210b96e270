import { Button, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReportTracker } from '../../core/report';
import type { AlsoReadAs, Role } from '../../core/types';
import { capitalised } from '../../core/summary/clip';
import { ROLE_LABELS, ROLES } from '../../core/vocabulary/columns';
import { readHeaderRow, updateWorkbookSettings, withReadHeaders, type HeaderCell } from '../../excel/pane-settings';
import type { ExcelRunner } from '../../excel/run';
import { mappingProblem } from '../model';
import { sentence, type PaneState } from '../usePane';
import { Notice, type Note } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: '100%' },
});

const NONE = 'none';

/** Why a column with no role of its own is still read (RefreshOutcome.alsoRead). */
const ALSO_READ: Readonly<Record<AlsoReadAs, string>> = {
  status: 'Read beside the status column: a closure or a lead’s rating here counts.',
  revised_timeframe: 'Revised dates: where one is filled, it is the deadline instead of the time frame.',
  update: 'A dated update: each row’s latest filled update is its status.',
  milestone: 'Milestones for the period its header names: each one is a step due by the end of that period.',
};
// A choice in a list starts with a capital, as Fluent's own options do; the labels are lower case for use mid-sentence.
const roleWord = (r: string): string => (r === NONE ? 'Not used' : capitalised(ROLE_LABELS[r as Role] ?? r));

function rolesOf(tracker: ReportTracker): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, letter] of Object.entries(tracker.columns)) if (letter) out[letter] = role;
  return out;
}

/** Columns: each tracker's detected mapping (one sheet at a time), editable, saved in the workbook. */
export function ColumnsView({ pane, runner }: { pane: PaneState; runner: ExcelRunner }) {
  const styles = useStyles();
  const trackers = pane.outcome?.report.trackers ?? [];
  const [sheet, setSheet] = useState<string | null>(null);
  const tracker = trackers.find((t) => t.sheet === sheet) ?? trackers[0];
  const [headers, setHeaders] = useState<HeaderCell[]>([]);
  const [roles, setRoles] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Note>(null);
  const { setError } = pane;
  const alsoRead = (tracker && pane.outcome?.alsoRead[tracker.sheet]) ?? {};
  const read = tracker && pane.outcome?.headers[tracker.sheet];

  useEffect(() => {
    if (!tracker) return;
    setRoles(rolesOf(tracker));
    readHeaderRow(runner, tracker.sheet, tracker.headerRow).then((cells) => setHeaders(withReadHeaders(cells, read ?? {})), (e: unknown) => setError(sentence(e, 'read the header row')));
  }, [tracker, read, runner, setError]);

  if (!tracker) return <p>Refresh the ratings first: the columns are detected while rating.</p>;

  const write = async (mapping: Record<string, string> | null) => {
    const problem = mapping === null ? null : mappingProblem(mapping, Object.fromEntries(ROLES.map((r) => [r, roleWord(r)])));
    setSaved(problem === null ? null : { intent: 'error', text: problem });
    if (problem !== null) return;
    setError(null);
    try {
      await updateWorkbookSettings(runner, (s) => {
        const rest = { ...s.mapping };
        delete rest[tracker.sheet];
        if (mapping === null) return { ...s, mapping: rest };
        const columns: Partial<Record<Role, string>> = {};
        for (const [letter, role] of Object.entries(mapping)) if (role !== NONE) columns[role as Role] = letter;
        return { ...s, mapping: { ...rest, [tracker.sheet]: { headerRow: tracker.headerRow, columns } } };
      });
      setSaved({ intent: 'success', text: mapping === null ? 'Cleared: the next refresh detects the columns again.' : 'Saved in the workbook: the next refresh uses these columns.' });
    } catch (e) {
      setError(sentence(e, 'save the columns'));
    }
  };

  return (
    <div className={styles.root}>
      {trackers.length > 1 && (
        <Field label="Tracker sheet">
          <Dropdown className={styles.dropdown} value={tracker.sheet} selectedOptions={[tracker.sheet]} onOptionSelect={(_, d) => { setSaved(null); setSheet(d.optionValue ?? null); }}>
            {trackers.map((t) => (
              <Option key={t.sheet} value={t.sheet}>
                {t.sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <p>{`Sheet "${tracker.sheet}", header row ${tracker.headerRow}.`}</p>
      {headers.map((h) => {
        const role = roles[h.letter] ?? NONE;
        const also = alsoRead[h.letter];
        return (
          <Field key={h.letter} label={`${h.letter}: ${h.text}`} hint={role === NONE && also ? ALSO_READ[also] : undefined}>
            <Dropdown className={styles.dropdown} value={roleWord(role)} selectedOptions={[role]} onOptionSelect={(_, d) => setRoles({ ...roles, [h.letter]: d.optionValue ?? NONE })}>
              {[NONE, ...ROLES].map((r) => (
                <Option key={r} value={r}>
                  {roleWord(r)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void write(roles)}>Save columns</Button>
        <Button onClick={() => void write(null)}>Clear saved columns</Button>
      </div>
      <Notice note={saved} />
    </div>
  );
}
