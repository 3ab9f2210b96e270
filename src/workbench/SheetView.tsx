import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter } from '../core/cells';
import type { MemoryExcelHost } from '../host/memory/host';
import type { MemoryCell } from '../host/memory/model';
import { cellFill } from './fills';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflow: 'auto', maxHeight: '80vh', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: { backgroundColor: tokens.colorNeutralBackground3, position: 'sticky', top: 0, padding: tokens.spacingHorizontalXS },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, maxWidth: '14em', verticalAlign: 'top', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  selected: { outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

const MS_PER_DAY = 86_400_000;

function shown(cell: MemoryCell | undefined, date1904: boolean): string {
  if (!cell || cell.type === 'Empty') return '';
  if (typeof cell.value === 'number' && /[dy]/i.test(cell.numberFormat) && !/General/i.test(cell.numberFormat)) {
    const ms = (cell.value - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return String(cell.value);
}

/** The active sheet as a table: values, the product's fills and the selection; sheet tabs above. */
export function SheetView({ host, sheetName, onSheet }: { host: MemoryExcelHost; sheetName: string; onSheet: (name: string) => void }) {
  const styles = useStyles();
  const wb = host.workbook;
  const sheet = wb.sheets.find((s) => s.name === sheetName) ?? wb.sheets[0];
  if (!sheet) return <p>This workbook has no sheets.</p>;
  const sel = host.selection?.sheet === sheet.name ? host.selection.range : null;
  const width = Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0));
  const cols = Array.from({ length: width }, (_, i) => i);
  return (
    <div className={styles.root}>
      <TabList selectedValue={sheet.name} onTabSelect={(_, d) => onSheet(String(d.value))} size="small" aria-label="Sheets">
        {wb.sheets.filter((s) => s.visibility === 'Visible').map((s) => (
          <Tab key={s.name} value={s.name}>{s.name}</Tab>
        ))}
      </TabList>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={`Sheet ${sheet.name}`}>
        <table className={styles.table} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">Row</th>
              {cols.map((c) => <th key={c} className={styles.head} scope="col">{columnLetter(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: sheet.rows.length }, (_, r) => (
              <tr key={r}>
                <th className={styles.head} scope="row">{r + 1}</th>
                {cols.map((c) => {
                  const fill = cellFill(sheet, r, c);
                  const isSel = sel !== null && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
                  const style = fill ? { backgroundColor: `#${fill.fill}`, ...(fill.font ? { color: `#${fill.font}` } : {}) } : undefined;
                  return (
                    <td key={c} className={isSel ? `${styles.cell} ${styles.selected}` : styles.cell} style={style} data-cell={`${columnLetter(c)}${r + 1}`} data-selected={isSel ? 'true' : undefined} data-fill={fill?.fill} title={shown(sheet.rows[r]?.[c], wb.date1904) || undefined}>
                      {shown(sheet.rows[r]?.[c], wb.date1904)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
