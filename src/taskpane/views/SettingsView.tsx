import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Settings } from '../../core/settings';
import { readWorkbookSettings, updateWorkbookSettings } from '../../excel/pane-settings';
import type { ExcelRunner } from '../../excel/run';
import { sentence, type PaneState } from '../usePane';
import { Notice, type Note } from './Notice';
import { refreshNow } from './RefreshNow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  full: { minWidth: 0, width: '100%' },
});

type Editable = Pick<Settings, 'amberWindowDays' | 'undatedRating' | 'rollupRule' | 'confidenceThresholds' | 'quarterConvention'>;

function Choice<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Record<T, string>; onChange: (v: T) => void }) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Dropdown className={styles.full} value={options[value]} selectedOptions={[value]} onOptionSelect={(_, d) => onChange(d.optionValue as T)}>
        {(Object.keys(options) as T[]).map((k) => (
          <Option key={k} value={k}>
            {options[k]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** A whole-number field that lets the user clear it while typing; it reports null while what is typed is not one. */
function NumberField({ label, hint, value, max, onChange }: { label: string; hint?: string; value: number; max: number; onChange: (n: number | null) => void }) {
  const styles = useStyles();
  const [text, setText] = useState(String(value));
  const ok = /^\d+$/.test(text) && Number(text) <= max;
  return (
    <Field label={label} hint={hint} validationMessage={ok ? undefined : `Enter a whole number from 0 to ${max}.`}>
      <Input className={styles.full} type="number" min={0} max={max} value={text} onChange={(_, d) => {
        setText(d.value);
        onChange(/^\d+$/.test(d.value) && Number(d.value) <= max ? Number(d.value) : null);
      }} />
    </Field>
  );
}

/** Why the settings cannot be saved as they stand, as what to do, or null. */
function problem(s: Editable, invalid: ReadonlySet<string>): string | null {
  if (invalid.size > 0) return `Correct ${[...invalid].map((l) => `"${l}"`).join(' and ')} first: nothing was saved.`;
  if (s.confidenceThresholds.amber > s.confidenceThresholds.green) return 'Make "Amber from confidence % of" no higher than "Green from confidence % of": nothing was saved.';
  return null;
}

/** Settings (SPEC 2.5): saved in the workbook's RAG Settings sheet, applied at the next refresh. */
export function SettingsView({ pane, runner, onRefreshNow }: { pane: PaneState; runner: ExcelRunner; onRefreshNow: () => void }) {
  const styles = useStyles();
  const [s, setS] = useState<Editable | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const { setError } = pane;
  useEffect(() => {
    readWorkbookSettings(runner, pane.choices.asOf || '2000-01-01').then(setS, (e: unknown) => setError(sentence(e, 'read the settings')));
  }, [runner, pane.choices.asOf, setError]);
  if (!s) return <p>Reading the settings…</p>;
  // A field left invalid keeps its last good value in s, so saving then would store what is not on screen.
  const edit = (label: string, patch: Partial<Editable> | null) => {
    setNote(null);
    const next = new Set(invalid);
    if (patch === null) next.add(label);
    else next.delete(label);
    setInvalid(next);
    if (patch !== null) setS({ ...s, ...patch });
  };
  const numberField = (label: string, value: number, max: number, patch: (n: number) => Partial<Editable>, hint?: string) => (
    <NumberField label={label} hint={hint} value={value} max={max} onChange={(n) => edit(label, n === null ? null : patch(n))} />
  );
  const save = async () => {
    const why = problem(s, invalid);
    setNote(why === null ? null : { intent: 'error', text: why });
    if (why !== null) return;
    setError(null);
    try {
      await updateWorkbookSettings(runner, (old) => ({ ...old, ...s }));
      setNote({ intent: 'success', text: 'Saved in the workbook: refresh to apply them.' });
    } catch (e) {
      setError(sentence(e, 'save the settings'));
    }
  };
  return (
    <div className={styles.root}>
      {numberField('Amber window (days)', s.amberWindowDays, 365, (n) => ({ amberWindowDays: n }), 'An open step due within this many days, not yet shown under way, is Amber.')}
      <Choice label="A step with no usable date is" value={s.undatedRating} options={{ not_rated: 'Not rated', amber: 'Amber' }} onChange={(v) => edit('', { undatedRating: v })} />
      <Choice label="Overall rating of a group" value={s.rollupRule} options={{ worst: 'Worst of its actions', confidence: 'From confidence %' }} onChange={(v) => edit('', { rollupRule: v })} />
      {numberField('Green from confidence % of', s.confidenceThresholds.green, 100, (n) => ({ confidenceThresholds: { ...s.confidenceThresholds, green: n } }))}
      {numberField('Amber from confidence % of', s.confidenceThresholds.amber, 100, (n) => ({ confidenceThresholds: { ...s.confidenceThresholds, amber: n } }))}
      <Choice label="Quarters (Q1 2024)" value={s.quarterConvention} options={{ financial: 'NHS financial (Q1 = Apr–Jun)', calendar: 'Calendar (Q1 = Jan–Mar)' }} onChange={(v) => edit('', { quarterConvention: v })} />
      <Button appearance="primary" onClick={() => void save()}>Save settings</Button>
      <Notice note={note} action={refreshNow(note, onRefreshNow)} />
    </div>
  );
}
