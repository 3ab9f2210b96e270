import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { readWorkbookSettings, updateWorkbookSettings } from '../../excel/pane-settings';
import type { ExcelRunner } from '../../excel/run';
import { AMBER_FROM, GREEN_FROM, conflicting, settingsProblem, storedMeetings, type Editable } from '../settings';
import { sentence, type PaneState } from '../usePane';
import { MeetingsEditor } from './MeetingsEditor';
import { Notice, type Note } from './Notice';
import { refreshNow } from './RefreshNow';
import { Choice, NumberField } from './SettingsFields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
});

const WEIGHTS = [['complete', 'Complete'], ['green', 'Green'], ['amber', 'Amber'], ['red', 'Red']] as const;

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
  const clash = new Set(conflicting(s));
  const numberField = (label: string, value: number, max: number, patch: (n: number) => Partial<Editable>, hint?: string) => (
    <NumberField key={label} label={label} hint={hint} value={value} max={max} conflict={clash.has(label)} onChange={(n) => edit(label, n === null ? null : patch(n))} />
  );
  const save = async () => {
    const why = settingsProblem(s, invalid);
    setNote(why === null ? null : { intent: 'error', text: why });
    if (why !== null) return;
    setError(null);
    try {
      await updateWorkbookSettings(runner, (old) => ({ ...old, ...s, meetings: storedMeetings(s.meetings) }));
      setNote({ intent: 'success', text: 'Saved in the workbook: refresh to apply them.' });
    } catch (e) {
      setError(sentence(e, 'save the settings'));
    }
  };
  // Under "worst" the thresholds still rate a group with no rated actions by the confidence its sheet gives (core/summary/key.ts).
  const thresholdsHint = s.rollupRule === 'worst' ? 'With "Worst of its actions", used only for a group with no rated actions whose sheet gives a confidence figure.' : undefined;
  const t = s.confidenceThresholds;
  return (
    <div className={styles.root}>
      {numberField('Amber window (days)', s.amberWindowDays, 365, (n) => ({ amberWindowDays: n }), 'An open step due within this many days, not yet shown under way, is Amber.')}
      <Choice label="A step with no usable date is" value={s.undatedRating} options={{ not_rated: 'Not rated', amber: 'Amber' }} onChange={(v) => edit('', { undatedRating: v })} />
      <MeetingsEditor meetings={s.meetings} onChange={(meetings) => edit('', { meetings })} />
      <Choice label="Overall rating of a group" value={s.rollupRule} options={{ worst: 'Worst of its actions', confidence: 'From confidence %' }} onChange={(v) => edit('', { rollupRule: v })} />
      {numberField(GREEN_FROM, t.green, 100, (n) => ({ confidenceThresholds: { ...t, green: n } }), thresholdsHint)}
      {numberField(AMBER_FROM, t.amber, 100, (n) => ({ confidenceThresholds: { ...t, amber: n } }), thresholdsHint)}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Confidence % of an action rated</legend>
        {WEIGHTS.map(([rating, word]) => numberField(`${word} (%)`, s.confidenceWeights[rating], 100, (n) => ({ confidenceWeights: { ...s.confidenceWeights, [rating]: n } })))}
      </fieldset>
      <Choice label="Quarters (Q1 2024)" value={s.quarterConvention} options={{ financial: 'NHS financial (Q1 = Apr–Jun)', calendar: 'Calendar (Q1 = Jan–Mar)' }} onChange={(v) => edit('', { quarterConvention: v })} />
      <Button appearance="primary" onClick={() => void save()}>Save settings</Button>
      <Notice note={note} action={refreshNow(note, onRefreshNow)} />
    </div>
  );
}
