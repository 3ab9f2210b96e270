import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { formatUk, isIsoDate } from '../../core/dates';
import { meetingProblems, type MeetingDraft } from '../settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
  full: { minWidth: 0, width: '100%' },
  add: { alignSelf: 'flex-start' },
});

/**
 * The meeting calendar (SPEC 2.5 `meetings`): a date and name per meeting, added and removed by
 * buttons. A new meeting's date field takes focus; a removed one's hands focus to "Add a
 * meeting", so the keyboard user is never left on a button that has gone.
 */
export function MeetingsEditor({ meetings, onChange }: { meetings: readonly MeetingDraft[]; onChange: (m: MeetingDraft[]) => void }) {
  const styles = useStyles();
  const problems = meetingProblems(meetings);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const newDate = useRef<HTMLInputElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRow === null) return;
    (focusRow >= 0 ? newDate : add).current?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const set = (i: number, patch: Partial<MeetingDraft>) => onChange(meetings.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Meeting calendar</legend>
      <p className={styles.hint}>Meetings a time frame can name: &quot;Feb Board 23&quot; is read as the date of the meeting with that name. The first one on or after the as-of date is the next meeting when none is entered.</p>
      {meetings.length > 0 && (
        <ol className={styles.list} aria-label="Meetings">
          {meetings.map((m, i) => (
            // Position is the key: drafts have no identity of their own, and a date or name may be typed twice.
            <li key={i} className={styles.row}>
              <Field label={`Meeting ${i + 1} date`} hint={isIsoDate(m.date) ? formatUk(m.date) : undefined} validationState={problems[i] ? 'error' : 'none'} validationMessage={problems[i] ?? undefined}>
                <Input ref={i === meetings.length - 1 ? newDate : undefined} className={styles.full} type="date" value={m.date} onChange={(_, d) => set(i, { date: d.value })} />
              </Field>
              <Field label={`Meeting ${i + 1} name`}>
                <Input className={styles.full} value={m.name} placeholder="e.g. Feb Board 23" onChange={(_, d) => set(i, { name: d.value })} />
              </Field>
              <Button className={styles.add} size="small" aria-label={`Remove meeting ${i + 1}${m.name.trim() ? `, ${m.name.trim()}` : ''}`} onClick={() => {
                onChange(meetings.filter((_, j) => j !== i));
                setFocusRow(-1);
              }}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      <Button ref={add} className={styles.add} onClick={() => {
        onChange([...meetings, { date: '', name: '' }]);
        setFocusRow(meetings.length);
      }}>
        Add a meeting
      </Button>
    </fieldset>
  );
}
