import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Settings } from '../../core/settings';
import { readWorkbookSettings, updateWorkbookSettings } from '../../excel/pane-settings';
import type { ExcelRunner } from '../../excel/run';
import { sentence, type PaneState } from '../usePane';

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

/** A whole-number field that lets the user clear it while typing; out-of-range values are not kept. */
function NumberField({ label, hint, value, max, onChange }: { label: string; hint?: string; value: number; max: number; onChange: (n: number) => void }) {
  const [text, setText] = useState(String(value));
  const ok = /^\d+$/.test(text) && Number(text) <= max;
  return (
    <Field label={label} hint={hint} validationMessage={ok ? undefined : `Enter a whole number from 0 to ${max}.`}>
      <Input type="number" min={0} max={max} value={text} onChange={(_, d) => {
        setText(d.value);
        if (/^\d+$/.test(d.value) && Number(d.value) <= max) onChange(Number(d.value));
      }} />
    </Field>
  );
}

/** Settings (SPEC 2.5): saved in the workbook's RAG Settings sheet, applied at the next refresh. */
export function SettingsView({ pane, runner }: { pane: PaneState; runner: ExcelRunner }) {
  const styles = useStyles();
  const [s, setS] = useState<Editable | null>(null);
  const [saved, setSaved] = useState(false);
  const { setError } = pane;
  useEffect(() => {
    readWorkbookSettings(runner, pane.choices.asOf || '2000-01-01').then(setS, (e: unknown) => setError(sentence(e, 'read the settings')));
  }, [runner, pane.choices.asOf, setError]);
  if (!s) return <p>Reading the settings…</p>;
  const edit = (patch: Partial<Editable>) => {
    setSaved(false);
    setS({ ...s, ...patch });
  };
  const save = async () => {
    try {
      await updateWorkbookSettings(runner, (old) => ({ ...old, ...s }));
      setSaved(true);
    } catch (e) {
      setError(sentence(e, 'save the settings'));
    }
  };
  return (
    <div className={styles.root}>
      <NumberField label="Amber window (days)" hint="An open step due within this many days, not yet shown under way, is Amber." value={s.amberWindowDays} max={365} onChange={(n) => edit({ amberWindowDays: n })} />
      <Choice label="A step with no usable date is" value={s.undatedRating} options={{ not_rated: 'Not rated', amber: 'Amber' }} onChange={(v) => edit({ undatedRating: v })} />
      <Choice label="Overall rating of a group" value={s.rollupRule} options={{ worst: 'Worst of its actions', confidence: 'From confidence %' }} onChange={(v) => edit({ rollupRule: v })} />
      <NumberField label="Green from confidence % of" value={s.confidenceThresholds.green} max={100} onChange={(n) => edit({ confidenceThresholds: { ...s.confidenceThresholds, green: n } })} />
      <NumberField label="Amber from confidence % of" value={s.confidenceThresholds.amber} max={100} onChange={(n) => edit({ confidenceThresholds: { ...s.confidenceThresholds, amber: n } })} />
      <Choice label="Quarters (Q1 2024)" value={s.quarterConvention} options={{ financial: 'NHS financial (Q1 = Apr–Jun)', calendar: 'Calendar (Q1 = Jan–Mar)' }} onChange={(v) => edit({ quarterConvention: v })} />
      <Button appearance="primary" onClick={() => void save()}>Save settings</Button>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Saved in the workbook: refresh to apply them.</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
