import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { badgeColour, ratingWord, type RowItem } from '../model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  badge: { flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
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
              <span>{`${item.action.ref ? `${item.action.ref} ` : ''}${item.action.action}`}</span>
              <span className={styles.reason}>{item.action.reason}</span>
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
