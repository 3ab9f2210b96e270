import { makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Report } from '../../core/report';
import { issuesByPlace, issuesBySheet } from '../quality';
import { notRatedYet, type PaneState } from '../usePane';
import { PlaceIssues } from './PlaceIssues';

const useStyles = makeStyles({
  places: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

type Issue = Report['issues'][number];

function SheetIssues({ pane, sheet, issues }: { pane: PaneState; sheet: string; issues: Issue[] }) {
  const styles = useStyles();
  const id = useId('quality-sheet');
  return (
    <li>
      <h2 id={id} className={styles.heading}>{`${sheet} (${issues.length})`}</h2>
      <ul className={styles.places} aria-labelledby={id}>
        {issuesByPlace(issues, pane.outcome?.report).map((group) => (
          <PlaceIssues key={group.key} pane={pane} group={group} />
        ))}
      </ul>
    </li>
  );
}

/** Data quality: every issue with its cell and sentence, by sheet and then by action; choosing one goes to the cell. */
export function QualityView({ pane, issues }: { pane: PaneState; issues: Issue[] }) {
  const styles = useStyles();
  if (!pane.outcome) return <p>{notRatedYet(pane.noTracker, 'the data-quality issues are found while rating')}</p>;
  if (issues.length === 0) return <p>No data-quality issues were found.</p>;
  return (
    <ul className={styles.groups} aria-label="Data-quality issues">
      {issuesBySheet(issues).map(([sheet, list]) => (
        <SheetIssues key={sheet} pane={pane} sheet={sheet} issues={list} />
      ))}
    </ul>
  );
}
