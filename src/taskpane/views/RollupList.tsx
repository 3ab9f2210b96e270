import { Badge, makeStyles, tokens, useId } from '@fluentui/react-components';
import { counted } from '../../core/cells';
import type { Report } from '../../core/report';
import { RATINGS, badgeColour, ratingWord } from '../model';
import { rollupRows, type RollupRow } from '../summary';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0, marginTop: tokens.spacingVerticalXS },
  key: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  trackers: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, marginBottom: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** One roll-up group: its figures, its Overall, and its actions per rating. `where` tells apart groups of the same name on other sheets. */
function RollupItem({ row: r, where }: { row: RollupRow; where: string }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <div className={styles.name}>{r.name}</div>
      <div className={styles.figures}>
        {/* As on the board paper (countCells): a given row counts no actions, and "1 action, Amber 1" beside a given 100% reads as a contradiction. */}
        <span>{r.given ? 'Figures as given' : counted(r.actions, 'action')}</span>
        <span>{`Progress ${r.progress}`}</span>
        <span>{`Confidence ${r.confidence}`}</span>
        <Badge appearance="filled" color={badgeColour(r.overall)}>{`Overall: ${ratingWord(r.overall)}`}</Badge>
      </div>
      {!r.given && (
        <ul className={styles.counts} aria-label={`${r.name}${where}: actions by rating`}>
          {RATINGS.filter((rating) => r.counts[rating] > 0).map((rating) => (
            <li key={rating}>
              <Badge appearance="tint" color={badgeColour(rating)}>{`${ratingWord(rating)} ${r.counts[rating]}`}</Badge>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One tracker's groups under its sheet's name, when the workbook has several. */
function TrackerRollup({ sheet, rows }: { sheet: string; rows: RollupRow[] }) {
  const styles = useStyles();
  const id = useId('rollup-sheet');
  return (
    <li>
      <h2 id={id} className={styles.heading}>{sheet}</h2>
      <ul className={styles.list} aria-labelledby={id}>
        {rows.map((r) => (
          <RollupItem key={r.key} row={r} where={` on ${sheet}`} />
        ))}
      </ul>
    </li>
  );
}

/**
 * The roll-up groups (by sheet when there are several trackers), each with its actions per rating beside its Overall so the reader can see
 * what made it, then a key: how Progress, Confidence and Overall are worked out, in the engine's
 * own notes, as on the board paper.
 */
export function RollupList({ report, notes }: { report: Report; notes: readonly string[] }) {
  const styles = useStyles();
  const rows = rollupRows(report);
  // The trend note is about the sheet's Trend column, which the pane's roll-up does not show.
  const key = notes.filter((n) => !n.startsWith('Trend'));
  // Several trackers may share objective names (a Table One and its action plan): each sheet's
  // groups go under its own heading, or the same names read twice with different figures.
  const sheets = [...new Set(rows.map((r) => r.sheet))];
  return (
    <>
      {sheets.length > 1 ? (
        <ul className={styles.trackers} aria-label="Roll-up by sheet">
          {sheets.map((sheet) => (
            <TrackerRollup key={sheet} sheet={sheet} rows={rows.filter((r) => r.sheet === sheet)} />
          ))}
        </ul>
      ) : (
        <ul className={styles.list} aria-label="Roll-up">
          {rows.map((r) => (
            <RollupItem key={r.key} row={r} where="" />
          ))}
        </ul>
      )}
      {key.map((n) => (
        <p key={n} className={styles.key}>{n}</p>
      ))}
    </>
  );
}
