import { Badge, Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Report } from '../../core/report';
import { goFailure, type IssueGroup } from '../quality';
import type { PaneState } from '../usePane';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
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

/**
 * The issues at one place, under a heading that names it once: the action's row, another row or
 * the whole sheet. Each issue stays a button of its own, since each may be in a different cell.
 */
export function PlaceIssues({ pane, group }: { pane: PaneState; group: IssueGroup }) {
  const styles = useStyles();
  const id = useId('quality-place');
  return (
    <li>
      <h3 id={id} className={styles.heading}>{group.title}</h3>
      <ul className={styles.list} aria-labelledby={id}>
        {group.issues.map((issue, i) => {
          const s = severity(issue);
          return (
            <li key={`${issue.cell}-${issue.code}-${i}`}>
              <Button appearance="subtle" className={styles.item} onClick={() => void pane.select(issue.sheet, issue.cell, goFailure(issue))} title={`Go to ${issue.cell} on ${issue.sheet}`}>
                <Badge className={styles.badge} appearance="filled" color={s.colour}>{s.word}</Badge>
                <span className={styles.text}>
                  {group.cells && <span className={styles.cell}>{`Cell ${issue.cell}`}</span>}
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
