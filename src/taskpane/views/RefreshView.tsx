import { Badge, Button, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { formatUk } from '../../core/dates';
import { RATINGS, badgeColour, dueItems, exceptionItems, ratingCounts, ratingWord } from '../model';
import type { PaneState } from '../usePane';
import { RowList } from './RowList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Refresh: the dates, the Refresh RAG button, then the counts, the due list and the exceptions. */
export function RefreshView({ pane }: { pane: PaneState }) {
  const styles = useStyles();
  const { choices, setChoices, outcome, step } = pane;
  const running = step !== null;
  const report = outcome?.report;
  const counts = report ? ratingCounts(report) : null;
  const rated = report?.trackers.reduce((n, t) => n + t.actions.length, 0) ?? 0;
  return (
    <div className={styles.root}>
      <Field label="As of">
        <Input type="date" value={choices.asOf} onChange={(_, d) => setChoices({ ...choices, asOf: d.value })} />
      </Field>
      <Field label="Next meeting date">
        <Input type="date" value={choices.nextMeeting} onChange={(_, d) => setChoices({ ...choices, nextMeeting: d.value })} />
      </Field>
      <Field label="Next meeting name">
        <Input value={choices.nextMeetingName} placeholder="e.g. ELG December 22" onChange={(_, d) => setChoices({ ...choices, nextMeetingName: d.value })} />
      </Field>
      <Button appearance="primary" disabled={running} onClick={() => void pane.refresh()}>
        Refresh RAG
      </Button>
      {running && <Spinner size="tiny" label={`${step}…`} />}
      {report && counts && (
        <>
          <p role="status">{`Rated ${rated} ${rated === 1 ? 'action' : 'actions'} as at ${formatUk(report.asOf)}.`}</p>
          <ul className={styles.badges} aria-label="Ratings">
            {RATINGS.map((r) => (
              <li key={r}>
                <Badge appearance="filled" color={badgeColour(r)} data-rating={r}>{`${ratingWord(r)}: ${counts[r]}`}</Badge>
              </li>
            ))}
          </ul>
          <h2 className={styles.heading}>Update due at the next meeting</h2>
          <RowList items={dueItems(report)} label="Update due at the next meeting" onSelect={(s, a) => void pane.select(s, a)} />
          <h2 className={styles.heading}>Exceptions (Red and Amber)</h2>
          <RowList items={exceptionItems(report)} label="Exceptions" onSelect={(s, a) => void pane.select(s, a)} />
        </>
      )}
    </div>
  );
}
