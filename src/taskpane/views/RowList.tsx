import { Badge, Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { actionText, badgeColour, ratingWord, type RowItem } from '../model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Wraps so that at 200% zoom the badge sits above the text instead of squeezing it to a word a line.
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  badge: { flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: '12em', minWidth: 0, overflowWrap: 'anywhere' },
  // Some plans hold a paragraph per action: three lines identify it, and choosing it shows the row in full.
  action: { display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: '3', overflow: 'hidden' },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Read by screen readers, not shown: the punctuation that turns "Green 2 Recruitment" into "Green, action 2: Recruitment".
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0, 0, 0, 0)', whiteSpace: 'nowrap', border: 0 },
  more: { alignSelf: 'flex-start' },
});

/** How many lines each list shows before "Show all": a 300-row tracker would otherwise list 150 buttons. */
export const FIRST_LINES = 20;

type Select = (sheet: string, address: string) => void;

const Row = forwardRef<HTMLButtonElement, { item: RowItem; onSelect: Select; showSheet: boolean }>(function Row({ item, onSelect, showSheet }, ref) {
  const styles = useStyles();
  const described = useId('row-reason');
  const onSheet = useId('row-sheet');
  const a = item.action;
  return (
    <li>
      {/* Its name is what it shows (WCAG 2.5.3), the rating and the action, with hidden punctuation so a ref is not
          heard as a count; the reason and lead are its description, read after a pause, so moving down stays quick. */}
      <Button ref={ref} appearance="subtle" className={styles.item} aria-describedby={showSheet ? `${onSheet} ${described}` : described} onClick={() => onSelect(item.sheet, item.address)} title={`Go to row ${a.row} on ${item.sheet}`}>
        <Badge className={styles.badge} appearance="filled" color={badgeColour(a.rating)}>{ratingWord(a.rating)}</Badge>
        <span className={styles.text}>
          <span className={styles.action}>
            <span className={styles.hidden}>{a.ref ? ', action ' : ': '}</span>
            {a.ref && <>{a.ref}<span className={styles.hidden}>:</span>{' '}</>}
            {actionText(a)}
          </span>
          {showSheet && <span id={onSheet} aria-hidden="true" className={styles.reason}>{`Sheet: ${item.sheet}`}</span>}
          <span id={described} aria-hidden="true" className={styles.reason}>{a.lead ? `${a.reason} Lead: ${a.lead}.` : a.reason}</span>
        </span>
      </Button>
    </li>
  );
});

/**
 * A list of tracker rows; choosing one selects its row in the sheet. `showSheet` names each row's
 * sheet, for lists drawn from more than one tracker, where the same ref can be on either. Past
 * {@link FIRST_LINES} lines the rest wait behind "Show all", which then moves focus to the first
 * line it revealed, so a keyboard user carries on where the list had stopped.
 */
export function RowList({ items, label, onSelect, empty = 'None.', showSheet = false }: { items: RowItem[]; label: string; onSelect: Select; empty?: string; showSheet?: boolean }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const firstRevealed = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (all) firstRevealed.current?.focus();
  }, [all]);
  if (items.length === 0) return <p>{empty}</p>;
  const shown = all ? items : items.slice(0, FIRST_LINES);
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((item, i) => (
          <Row key={item.key} ref={i === FIRST_LINES ? firstRevealed : undefined} item={item} onSelect={onSelect} showSheet={showSheet} />
        ))}
      </ul>
      {shown.length < items.length && (
        <Button className={styles.more} onClick={() => setAll(true)} aria-label={`Show all ${items.length} in ${label}`}>
          {`Show all ${items.length}`}
        </Button>
      )}
    </>
  );
}
