import { makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Meeting } from '../../core/types';
import { rowKey } from '../result';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  intro: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  // The product's own tint, outlined: light fills alone vanish against the pane's white.
  swatch: { flexShrink: 0, width: '1.5em', height: '1em', marginTop: '0.15em', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall },
});

/**
 * The key to the sheet's row colours, shown after a refresh: the rows are tinted by Meeting focus
 * while the RAG column holds the rating, so an Amber action on a green row looks wrong without it.
 * Each tint is named in words beside its swatch; the swatch itself is decoration.
 */
export function RowKey({ nextMeeting }: { nextMeeting: Meeting | null }) {
  const styles = useStyles();
  const intro = useId('row-key');
  return (
    <div className={styles.root}>
      <p id={intro} className={styles.intro}>Row colour on the sheet shows the meeting focus; the RAG column holds the rating.</p>
      <ul className={styles.list} aria-labelledby={intro}>
        {rowKey(nextMeeting).map((k) => (
          <li key={k.focus} className={styles.line}>
            {/* The colour comes from core's palette, the one the refresh writes, so the key cannot drift from the sheet. */}
            <span aria-hidden="true" className={styles.swatch} style={{ backgroundColor: `#${k.swatch.fill}` }} />
            <span>{`${k.swatch.colourName}: ${k.words}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
