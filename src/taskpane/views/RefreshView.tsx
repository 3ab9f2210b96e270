import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { counted } from '../../core/cells';
import { formatUk, isIsoDate } from '../../core/dates';
import { RATINGS, badgeColour, dueHeading, dueItems, otherExceptions, ratingCounts, ratingWord, type RowItem } from '../model';
import { today, type PaneState } from '../usePane';
import { RefreshStatus } from './RefreshStatus';
import { RowKey } from './RowKey';
import { RowList } from './RowList';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // An input is as wide as its size attribute by default, wider than the pane at 200% zoom.
  input: { width: '100%', minWidth: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0 },
  what: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** What Refresh writes (SPEC 2.4), said before the first click: a lead is entitled to know before it touches their workbook. */
export const WRITES =
  'Refresh adds RAG, RAG reason, Meeting focus, Next due and Trend columns to the right of your tracker, colours the RAG column by rating and the rows by meeting focus (conditional formatting), and builds a RAG Summary sheet. It never changes a cell you typed.';

/**
 * The date the way the rest of the pane writes it: the date input shows the browser's own
 * format, which is month first in a US-English Office, so a UK user can check the day here.
 */
function ukHint(value: string, blank: string): string {
  return isIsoDate(value) ? formatUk(value) : blank;
}

/**
 * Why a next meeting before the as-of date is worth a second look: a year typed wrong (2026 for
 * 2027) would quietly drop every action due before the real meeting. Not refused: re-running an
 * old paper uses a past meeting on purpose. Null when the dates are in order or not both given.
 */
export function meetingBefore(nextMeeting: string, asOf: string): string | null {
  if (!isIsoDate(nextMeeting) || !isIsoDate(asOf) || nextMeeting >= asOf) return null;
  return `${formatUk(nextMeeting)} is before the as-of date, ${formatUk(asOf)}: check the year. Only actions due by then are marked due.`;
}

/**
 * The exceptions heading with Red and Amber counted apart: a total alone hides whether the
 * list is mostly Red, which is what a board asks first.
 * @example exceptionsHeading(others) // 'Other exceptions: 2 Red, 5 Amber'
 */
export function exceptionsHeading(items: readonly RowItem[]): string {
  const count = (r: 'red' | 'amber') => items.filter((i) => i.action.rating === r).length;
  return `Other exceptions: ${count('red')} Red, ${count('amber')} Amber`;
}

/** Refresh: the dates, the Refresh RAG button, then the counts, the due list and the exceptions. */
export function RefreshView({ pane }: { pane: PaneState }) {
  const styles = useStyles();
  const { choices, setChoices, outcome, step } = pane;
  const running = step !== null;
  const report = outcome?.report;
  const counts = report ? ratingCounts(report) : null;
  const due = outcome ? dueHeading(outcome.summary) : '';
  const dueList = report ? dueItems(report) : [];
  const others = report ? otherExceptions(report) : [];
  // Named only when needed: with one sheet its name on every line is noise.
  const showSheet = new Set([...dueList, ...others].map((i) => i.sheet)).size > 1;
  const repeated = dueList.some((i) => i.action.rating === 'red' || i.action.rating === 'amber');
  const nameOnly = choices.nextMeetingName.trim() !== '' && !isIsoDate(choices.nextMeeting);
  const pastMeeting = meetingBefore(choices.nextMeeting, choices.asOf || today());
  // A form, so Enter in any field refreshes as a submit would; ignored while a refresh runs.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!running) void pane.refresh();
  };
  return (
    <div className={styles.root}>
      <form className={styles.form} onSubmit={submit} aria-label="Refresh choices">
        <Field label="As of" hint={ukHint(choices.asOf, 'Blank: today')}>
          <Input className={styles.input} type="date" value={choices.asOf} onChange={(_, d) => setChoices({ ...choices, asOf: d.value })} />
        </Field>
        <Field
          label="Next meeting date"
          hint={ukHint(choices.nextMeeting, 'Optional: without it, the amber window marks what is due soon.')}
          validationState={pastMeeting === null ? 'none' : 'warning'}
          validationMessage={pastMeeting ?? undefined}
        >
          <Input className={styles.input} type="date" value={choices.nextMeeting} onChange={(_, d) => setChoices({ ...choices, nextMeeting: d.value })} />
        </Field>
        <Field label="Next meeting name" validationState={nameOnly ? 'warning' : 'none'} validationMessage={nameOnly ? 'Enter the meeting date too: the name is used only with a date.' : undefined}>
          <Input className={styles.input} value={choices.nextMeetingName} placeholder="e.g. ELG December 22" onChange={(_, d) => setChoices({ ...choices, nextMeetingName: d.value })} />
        </Field>
        {/* disabledFocusable, not disabled: a disabled button drops keyboard focus to the page while the refresh runs. */}
        <Button appearance="primary" type="submit" disabledFocusable={running}>
          Refresh RAG
        </Button>
      </form>
      {!report && <p className={styles.what}>{WRITES}</p>}
      <RefreshStatus step={step} outcome={outcome} />
      {outcome && report && counts && (
        <>
          <ul className={styles.badges} aria-label="Ratings">
            {RATINGS.map((r) => (
              <li key={r}>
                <Badge appearance="filled" color={badgeColour(r)} data-rating={r}>{`${ratingWord(r)}: ${counts[r]}`}</Badge>
              </li>
            ))}
          </ul>
          {outcome.written.length > 0 && <RowKey nextMeeting={outcome.summary.nextMeeting} />}
          <h2 className={styles.heading}>{`${due}: ${counted(dueList.length, 'action')}`}</h2>
          <RowList items={dueList} label={due} showSheet={showSheet} onSelect={(s, a) => void pane.select(s, a)} />
          <h2 className={styles.heading}>{exceptionsHeading(others)}</h2>
          {/* Said even when none are left: else a Red action due at the meeting would seem to be missing here. */}
          {repeated && <p className={styles.line}>Red and Amber actions already listed as due above are not repeated here.</p>}
          <RowList items={others} label="Exceptions" showSheet={showSheet} empty={repeated ? 'No others.' : 'None.'} onSelect={(s, a) => void pane.select(s, a)} />
        </>
      )}
    </div>
  );
}
