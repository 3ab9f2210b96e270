import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExcelRunner } from '../excel/run';
import { allIssues } from './model';
import { usePane } from './usePane';
import { ColumnsView } from './views/ColumnsView';
import { QualityView } from './views/QualityView';
import { RefreshView } from './views/RefreshView';
import { SettingsView } from './views/SettingsView';
import { SummaryView } from './views/SummaryView';

export type View = 'refresh' | 'columns' | 'quality' | 'summary' | 'settings';

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
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>RAG Tracker</h1>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small" aria-label="Views">
        <Tab value="refresh">Refresh</Tab>
        <Tab value="columns">Columns</Tab>
        <Tab value="quality">{`Data quality (${issues.length})`}</Tab>
        <Tab value="summary">Summary</Tab>
        <Tab value="settings">Settings</Tab>
      </TabList>
      {pane.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{pane.error}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={view}>
        {view === 'refresh' && <RefreshView pane={pane} />}
        {view === 'columns' && <ColumnsView pane={pane} runner={runner} />}
        {view === 'quality' && <QualityView pane={pane} issues={issues} />}
        {view === 'summary' && <SummaryView pane={pane} onWeb={onWeb} />}
        {view === 'settings' && <SettingsView pane={pane} runner={runner} />}
      </section>
    </main>
  );
}
