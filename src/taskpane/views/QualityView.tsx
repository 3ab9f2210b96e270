import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../../core/report';
import type { PaneState } from '../usePane';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Wraps so that at 200% zoom the badge sits above the text instead of squeezing it to a word a line.
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  badge: { flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: '12em', minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

type Issue = Report['issues'][number];
const SEVERITY: Readonly<Record<string, { word: string; colour: 'danger' | 'warning' | 'informative' }>> = {
  error: { word: 'Error', colour: 'danger' },
  warning: { word: 'Warning', colour: 'warning' },
  info: { word: 'Note', colour: 'informative' },
};

/** Data quality: every issue with its cell and sentence; choosing one goes to the cell. */
export function QualityView({ pane, issues }: { pane: PaneState; issues: Issue[] }) {
  const styles = useStyles();
  if (!pane.outcome) return <p>Refresh the ratings first: the data-quality issues are found while rating.</p>;
  if (issues.length === 0) return <p>No data-quality issues were found.</p>;
  return (
    <ul className={styles.list} aria-label="Data-quality issues">
      {issues.map((issue, i) => {
        const s = SEVERITY[issue.severity] ?? { word: issue.severity, colour: 'informative' as const };
        return (
          <li key={`${issue.sheet}!${issue.cell}-${issue.code}-${i}`}>
            <Button appearance="subtle" className={styles.item} onClick={() => void pane.select(issue.sheet, issue.cell)} title={`Go to ${issue.cell} on ${issue.sheet}`}>
              <Badge className={styles.badge} appearance="filled" color={s.colour}>{s.word}</Badge>
              <span className={styles.text}>
                <span className={styles.cell}>{`${issue.sheet}!${issue.cell}`}</span>
                <span>{issue.message}</span>
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
