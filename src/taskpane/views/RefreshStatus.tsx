import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { RefreshOutcome } from '../../excel/refresh';
import { resultSentence } from '../result';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { margin: 0 },
});

/** What a finished refresh could not write, each as what happened and what to do. */
export function leftAlone(outcome: RefreshOutcome): string[] {
  const out = outcome.skipped.map(
    (s) => `"${s.sheet}" is protected, so its RAG columns and colours were not written. Ask its owner to unprotect it (Review > Unprotect Sheet), then refresh again.`,
  );
  if (!outcome.summaryWritten) out.push('The RAG Summary sheet is protected, so it still shows the last summary. Unprotect it (Review > Unprotect Sheet), then refresh again.');
  return out;
}

/**
 * The refresh's progress, then its result, in one live region that is always on screen: a
 * screen reader hears each step and the result, and a sheet the refresh had to leave alone is
 * said here rather than only in the Data quality list.
 */
export function RefreshStatus({ step, outcome }: { step: string | null; outcome: RefreshOutcome | null }) {
  const styles = useStyles();
  const report = outcome?.report;
  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {step !== null && <Spinner size="tiny" label={`${step}…`} />}
      {step === null && report && (
        <>
          <p className={styles.line}>{resultSentence(report)}</p>
          {outcome && leftAlone(outcome).map((text) => (
            <MessageBar key={text} intent="warning">
              <MessageBarBody>{text}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      )}
    </div>
  );
}
