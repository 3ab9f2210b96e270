import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatUk } from '../../core/dates';
import { SUMMARY_SHEET } from '../../core/summary/sheet-plan';
import { canDownload, copySummary, downloadDocx } from '../board';
import { notRatedYet, type PaneState } from '../usePane';
import { Notice, type Note } from './Notice';
import { RollupList } from './RollupList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  line: { margin: 0 },
});

/** Summary: the roll-up as the board sees it, with the RAG Summary copied as a table or downloaded as .docx. */
export function SummaryView({ pane, onWeb }: { pane: PaneState; onWeb: boolean }) {
  const styles = useStyles();
  const [note, setNote] = useState<Note>(null);
  const outcome = pane.outcome;
  if (!outcome) return <p>{notRatedYet(pane.noTracker, 'the summary rolls up their results')}</p>;
  const { summary } = outcome;
  const copy = async () => {
    try {
      const as = await copySummary(summary, navigator.clipboard);
      setNote({
        intent: 'success',
        text: as === 'table' ? 'Copied the summary as a table: paste it into an email, Word or Teams.' : 'Copied the summary as a Markdown table: paste it into Teams, Loop or an email.',
      });
    } catch {
      setNote({ intent: 'error', text: 'Could not copy to the clipboard: select the RAG Summary sheet and copy it with Ctrl+C instead.' });
    }
  };
  const download = async () => {
    try {
      await downloadDocx(summary, document);
      setNote({ intent: 'success', text: 'The board paper is downloading as a Word document.' });
    } catch {
      setNote({ intent: 'error', text: 'Could not build the Word document: use File > Save as > Download as PDF on the RAG Summary sheet instead.' });
    }
  };
  return (
    <div className={styles.root}>
      <RollupList report={outcome.report} notes={summary.notes} />
      <p className={styles.line}>
        {outcome.summaryWritten
          ? `The ${SUMMARY_SHEET} sheet was rebuilt by the refresh as at ${formatUk(outcome.report.asOf)}.`
          : `The ${SUMMARY_SHEET} sheet is protected, so the refresh left it as it was: unprotect it (Review > Unprotect Sheet), then refresh again.`}
      </p>
      {/* The sheet's due list then runs to a date, not a meeting: say so where the paper is made, and how to name the meeting. */}
      {summary.nextMeeting === null && (
        <p className={styles.line}>{`No next meeting is set, so the sheet's due list runs to ${formatUk(summary.dueBy)}, the end of the amber window. To list what is due at a meeting, enter the meeting's date on the Refresh view and refresh again.`}</p>
      )}
      <div className={styles.actions}>
        {outcome.summaryWritten && <Button onClick={() => void pane.select(SUMMARY_SHEET, 'A1')}>Go to the {SUMMARY_SHEET} sheet</Button>}
        <Button onClick={() => void copy()}>Copy as table</Button>
        {canDownload(onWeb) && <Button onClick={() => void download()}>Download .docx</Button>}
      </div>
      <Notice note={note} />
      <p>
        {canDownload(onWeb)
          ? 'For a PDF, open the RAG Summary sheet and use File > Save as > Download as PDF: its page is set up for printing.'
          : 'For a board paper, open the RAG Summary sheet and use File > Save as PDF: its page is set up for printing.'}
      </p>
    </div>
  );
}
