import { Badge, Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { badgeColour, ratingWord } from '../model';
import { rollupRows, rollupTsv } from '../summary';
import type { PaneState } from '../usePane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Summary: the roll-up per objective and ambition as the board sees it, and copying it. */
export function SummaryView({ pane, onWeb }: { pane: PaneState; onWeb: boolean }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  const report = pane.outcome?.report;
  if (!report) return <p>Refresh the ratings first: the summary rolls up their results.</p>;
  const rows = rollupRows(report);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(rollupTsv(rows));
      setCopied('Copied: paste the table into Word, Outlook or Excel.');
    } catch {
      pane.setError('Could not copy to the clipboard: select the RAG Summary sheet and copy it with Ctrl+C instead.');
    }
  };
  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label="Roll-up">
        {rows.map((r) => (
          <li key={r.key} className={styles.item}>
            <div className={styles.name}>{r.name}</div>
            <div className={styles.figures}>
              <span>{`${r.actions} actions`}</span>
              <span>{`Progress ${r.progress}`}</span>
              <span>{`Confidence ${r.confidence}`}</span>
              <Badge appearance="filled" color={badgeColour(r.overall)}>{`Overall: ${ratingWord(r.overall)}`}</Badge>
            </div>
          </li>
        ))}
      </ul>
      <Button onClick={() => void copy()}>Copy as table</Button>
      {copied !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{copied}</MessageBarBody>
        </MessageBar>
      )}
      <p>
        {onWeb
          ? 'For a board paper, open the RAG Summary sheet and use File > Save as > Download as PDF.'
          : 'For a board paper, open the RAG Summary sheet and use File > Save as PDF: its page is set up for printing.'}
      </p>
    </div>
  );
}
