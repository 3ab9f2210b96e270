import { Badge, Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Report } from '../../core/report';
import type { PaneState } from '../usePane';

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
type Severity = { word: string; colour: 'danger' | 'warning' | 'informative'; order: number };
const SEVERITY: Readonly<Record<string, Severity>> = {
  error: { word: 'Error', colour: 'danger', order: 0 },
  warning: { word: 'Warning', colour: 'warning', order: 1 },
  info: { word: 'Note', colour: 'informative', order: 2 },
};
const severity = (i: Issue): Severity => SEVERITY[i.severity] ?? { word: i.severity, colour: 'informative', order: 3 };

/** Issues about a sheet as a whole: their A1 is only where the click lands, not a cell to fix. */
const WHOLE_SHEET = new Set(['archive_sheet', 'hidden_sheet', 'no_tracker', 'protected_sheet']);

/**
 * The issues by sheet, in the order the sheets first appear, errors first within a sheet: a
 * workbook's archive and hidden sheets get warnings of their own, which read best apart from
 * the tracker's cell-by-cell ones.
 */
export function issuesBySheet(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) groups.set(i.sheet, [...(groups.get(i.sheet) ?? []), i]);
  return [...groups].map(([sheet, list]) => [sheet, [...list].sort((a, b) => severity(a).order - severity(b).order)]);
}

/** Excel cannot show a hidden sheet, so going there fails until the user unhides it. */
function failure(issue: Issue): string | undefined {
  return issue.code === 'hidden_sheet' ? `Could not go to "${issue.sheet}": the sheet is hidden. Unhide it (right-click any sheet tab > Unhide), then try again.` : undefined;
}

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
              <Button appearance="subtle" className={styles.item} onClick={() => void pane.select(issue.sheet, issue.cell, failure(issue))} title={`Go to ${issue.cell} on ${issue.sheet}`}>
                <Badge className={styles.badge} appearance="filled" color={s.colour}>{s.word}</Badge>
                <span className={styles.text}>
                  <span className={styles.cell}>{WHOLE_SHEET.has(issue.code) ? 'Whole sheet' : `Cell ${issue.cell}`}</span>
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
  if (!pane.outcome) return <p>Refresh the ratings first: the data-quality issues are found while rating.</p>;
  if (issues.length === 0) return <p>No data-quality issues were found.</p>;
  return (
    <ul className={styles.groups} aria-label="Data-quality issues">
      {issuesBySheet(issues).map(([sheet, list]) => (
        <SheetIssues key={sheet} pane={pane} sheet={sheet} issues={list} />
      ))}
    </ul>
  );
}
