import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ExcelRunner } from '../excel/run';
import { allIssues } from './model';
import { usePane } from './usePane';
import { ColumnsView } from './views/ColumnsView';
import { QualityView } from './views/QualityView';
import { RefreshView } from './views/RefreshView';
import { SettingsView } from './views/SettingsView';
import { SummaryView } from './views/SummaryView';

export type View = 'refresh' | 'columns' | 'quality' | 'summary' | 'settings';

const VIEWS: readonly View[] = ['refresh', 'columns', 'quality', 'summary', 'settings'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  tabs: { flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The task pane: five views over one workbook, reached through the runner it is given. */
export function Pane({ runner, onWeb }: { runner: ExcelRunner; onWeb: boolean }) {
  const styles = useStyles();
  const [view, setView] = useState<View>('refresh');
  const pane = usePane(runner, onWeb);
  const issues = pane.outcome ? allIssues(pane.outcome.report) : [];
  const ids = useId('view');
  const refreshTab = useRef<HTMLButtonElement>(null);
  // Saved columns or settings change nothing until the next refresh, whose result only the Refresh
  // view shows; focus goes to its tab so the user is not left on a button that has just gone.
  const refreshNow = () => {
    setView('refresh');
    refreshTab.current?.focus();
    void pane.refresh();
  };
  // Before a refresh nothing has been checked, so a count of 0 would wrongly read as "all clear".
  const names: Record<View, string> = { refresh: 'Refresh', columns: 'Columns', quality: pane.outcome ? `Data quality (${issues.length})` : 'Data quality', summary: 'Summary', settings: 'Settings' };
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>RAG Tracker</h1>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small" aria-label="Views">
        {VIEWS.map((v) => (
          <Tab key={v} ref={v === 'refresh' ? refreshTab : undefined} value={v} id={`${ids}-${v}-tab`} aria-controls={v === view ? `${ids}-panel` : undefined}>
            {names[v]}
          </Tab>
        ))}
      </TabList>
      {pane.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{pane.error}</MessageBarBody>
        </MessageBar>
      )}
      <section role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${view}-tab`}>
        {view === 'refresh' && <RefreshView pane={pane} />}
        {view === 'columns' && <ColumnsView pane={pane} runner={runner} onRefreshNow={refreshNow} />}
        {view === 'quality' && <QualityView pane={pane} issues={issues} />}
        {view === 'summary' && <SummaryView pane={pane} onWeb={onWeb} />}
        {view === 'settings' && <SettingsView pane={pane} runner={runner} onRefreshNow={refreshNow} />}
      </section>
    </main>
  );
}
