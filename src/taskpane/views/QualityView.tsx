import { Badge, Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Report } from '../../core/report';
import { goFailure, issuePlace, issuesBySheet } from '../quality';
import { notRatedYet, type PaneState } from '../usePane';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // Wraps so that at 200% zoom the badge sits above the text instead of squeezing it to a word a line.
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  badge: { flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: '12em', minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

type Issue = Report['issues'][number];
type Severity = { word: string; colour: 'danger' | 'warning' | 'informative' };
const SEVERITY: Readonly<Record<string, Severity>> = {
  error: { word: 'Error', colour: 'danger' },
  warning: { word: 'Warning', colour: 'warning' },
};
const severity = (i: Issue): Severity => SEVERITY[i.severity] ?? { word: i.severity, colour: 'informative' };

function SheetIssues({ pane, sheet, issues }: { pane: PaneState; sheet: string; issues: Issue[] }) {
  const styles = useStyles();
  const id = useId('quality-sheet');
  return (
    <li>
      <h2 id={id} className={styles.heading}>{`${sheet} (${issues.length})`}</h2>
      <ul className={styles.list} aria-labelledby={id}>
        {issues.map((issue, i) => {
          const s = severity(issue);
          return (
            <li key={`${issue.cell}-${issue.code}-${i}`}>
              <Button appearance="subtle" className={styles.item} onClick={() => void pane.select(issue.sheet, issue.cell, goFailure(issue))} title={`Go to ${issue.cell} on ${issue.sheet}`}>
                <Badge className={styles.badge} appearance="filled" color={s.colour}>{s.word}</Badge>
                <span className={styles.text}>
                  <span className={styles.cell}>{issuePlace(issue, pane.outcome?.report)}</span>
                  <span>{issue.message}</span>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** Data quality: every issue with its cell and sentence, by sheet; choosing one goes to the cell. */
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
