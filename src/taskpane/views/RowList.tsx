import { Badge, Button, makeStyles, tokens, useId } from '@fluentui/react-components';
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
});

function Row({ item, onSelect, showSheet }: { item: RowItem; onSelect: (sheet: string, address: string) => void; showSheet: boolean }) {
  const styles = useStyles();
  const described = useId('row-reason');
  const onSheet = useId('row-sheet');
  const a = item.action;
  return (
    <li>
      {/* Its name is what it shows (WCAG 2.5.3), the rating and the action; the reason and lead are
          its description, read after a pause, so moving down a long list stays quick. */}
      <Button appearance="subtle" className={styles.item} aria-describedby={showSheet ? `${onSheet} ${described}` : described} onClick={() => onSelect(item.sheet, item.address)} title={`Go to row ${a.row} on ${item.sheet}`}>
        <Badge className={styles.badge} appearance="filled" color={badgeColour(a.rating)}>{ratingWord(a.rating)}</Badge>
        <span className={styles.text}>
          <span className={styles.action}>{`${a.ref ? `${a.ref} ` : ''}${actionText(a)}`}</span>
          {showSheet && <span id={onSheet} aria-hidden="true" className={styles.reason}>{`Sheet: ${item.sheet}`}</span>}
          <span id={described} aria-hidden="true" className={styles.reason}>{a.lead ? `${a.reason} Lead: ${a.lead}.` : a.reason}</span>
        </span>
      </Button>
    </li>
  );
}

/**
 * A list of tracker rows; choosing one selects its row in the sheet. `showSheet` names each row's
 * sheet, for lists drawn from more than one tracker, where the same ref can be on either.
 */
export function RowList({ items, label, onSelect, empty = 'None.', showSheet = false }: { items: RowItem[]; label: string; onSelect: (sheet: string, address: string) => void; empty?: string; showSheet?: boolean }) {
  const styles = useStyles();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <Row key={item.key} item={item} onSelect={onSelect} showSheet={showSheet} />
      ))}
    </ul>
  );
}
