import { Dropdown, Field, Input, Option, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  full: { minWidth: 0, width: '100%' },
});

/** A choice of a few named values, shown by their words. */
export function Choice<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Record<T, string>; onChange: (v: T) => void }) {
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

/**
 * A whole-number field that lets the user clear it while typing; it reports null while what is
 * typed is not one. `conflict` marks it invalid (aria-invalid, red) when it is fine alone but
 * clashes with another field, so a screen reader hears which field the save message means.
 */
export function NumberField({ label, hint, value, max, conflict = false, onChange }: { label: string; hint?: string; value: number; max: number; conflict?: boolean; onChange: (n: number | null) => void }) {
  const styles = useStyles();
  const [text, setText] = useState(String(value));
  const ok = /^\d+$/.test(text) && Number(text) <= max;
  const message = ok ? (conflict ? 'Conflicts with the other threshold: Amber must be no higher than Green.' : undefined) : `Enter a whole number from 0 to ${max}.`;
  return (
    <Field label={label} hint={hint} validationState={message === undefined ? 'none' : 'error'} validationMessage={message}>
      <Input className={styles.full} type="number" min={0} max={max} value={text} onChange={(_, d) => {
        setText(d.value);
        onChange(/^\d+$/.test(d.value) && Number(d.value) <= max ? Number(d.value) : null);
      }} />
    </Field>
  );
}
