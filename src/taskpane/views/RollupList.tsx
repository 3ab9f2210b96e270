import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { counted } from '../../core/cells';
import type { Report } from '../../core/report';
import { RATINGS, badgeColour, ratingWord } from '../model';
import { rollupRows } from '../summary';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0, marginTop: tokens.spacingVerticalXS },
  key: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * The roll-up groups, each with its actions per rating beside its Overall so the reader can see
 * what made it, then a key: how Progress, Confidence and Overall are worked out, in the engine's
 * own notes, as on the board paper.
 */
export function RollupList({ report, notes }: { report: Report; notes: readonly string[] }) {
  const styles = useStyles();
  const rows = rollupRows(report);
  // The trend note is about the sheet's Trend column, which the pane's roll-up does not show.
  const key = notes.filter((n) => !n.startsWith('Trend'));
  return (
    <>
      <ul className={styles.list} aria-label="Roll-up">
        {rows.map((r) => (
          <li key={r.key} className={styles.item}>
            <div className={styles.name}>{r.name}</div>
            <div className={styles.figures}>
              <span>{counted(r.actions, 'action')}</span>
              <span>{`Progress ${r.progress}`}</span>
              <span>{`Confidence ${r.confidence}`}</span>
              <Badge appearance="filled" color={badgeColour(r.overall)}>{`Overall: ${ratingWord(r.overall)}`}</Badge>
            </div>
            <ul className={styles.counts} aria-label={`${r.name}: actions by rating`}>
              {RATINGS.filter((rating) => r.counts[rating] > 0).map((rating) => (
                <li key={rating}>
                  <Badge appearance="tint" color={badgeColour(rating)}>{`${ratingWord(rating)} ${r.counts[rating]}`}</Badge>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {key.map((n) => (
        <p key={n} className={styles.key}>{n}</p>
      ))}
    </>
  );
}
