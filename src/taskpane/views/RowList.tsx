import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { badgeColour, ratingWord, type RowItem } from '../model';

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

/** A list of tracker rows; choosing one selects its row in the sheet. */
export function RowList({ items, label, onSelect }: { items: RowItem[]; label: string; onSelect: (sheet: string, address: string) => void }) {
  const styles = useStyles();
  if (items.length === 0) return <p>None.</p>;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Button appearance="subtle" className={styles.item} onClick={() => onSelect(item.sheet, item.address)} title={`Go to row ${item.action.row} on ${item.sheet}`}>
            <Badge className={styles.badge} appearance="filled" color={badgeColour(item.action.rating)}>{ratingWord(item.action.rating)}</Badge>
            <span className={styles.text}>
              <span className={styles.action}>{`${item.action.ref ? `${item.action.ref} ` : ''}${item.action.action}`}</span>
              <span className={styles.reason}>{item.action.reason}</span>
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
