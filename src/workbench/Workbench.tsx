import { Field, FluentProvider, MessageBar, MessageBarBody, Select, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ExcelRunner } from '../excel/run';
import { MemoryExcelHost } from '../host/memory/host';
import { runnerFor } from '../host/memory/runner';
import { App } from '../taskpane/App';
import { workbookFromJson, type WorkbookJson } from './model-json';
import { SheetView } from './SheetView';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  split: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  pane: { width: '320px', flexShrink: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, maxHeight: '90vh', overflowY: 'auto' },
  sheet: { flexGrow: 1, minWidth: 0 },
});

/** Loads a workbook by a fetch of the workbench server (the pane itself never fetches). */
async function load(url: string, body?: ArrayBuffer): Promise<WorkbookJson> {
  const res = await fetch(url, body ? { method: 'POST', body } : undefined);
  if (!res.ok) throw new Error(await res.text());
  return (await res.json()) as WorkbookJson;
}

/** The workbench: the real task pane beside the in-memory workbook it works on. */
export function Workbench() {
  const styles = useStyles();
  const [samples, setSamples] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const [host, setHost] = useState<MemoryExcelHost | null>(null);
  const [sheet, setSheet] = useState('');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch('/api/samples').then((r) => r.json() as Promise<string[]>).then(setSamples, () => setError('The workbench server did not answer: restart npm run workbench.'));
  }, []);

  const open = (json: WorkbookJson, name: string) => {
    const h = new MemoryExcelHost(workbookFromJson(json));
    setHost(h);
    setSource(name);
    setSheet(h.workbook.sheets.find((s) => s.visibility === 'Visible')?.name ?? '');
    setError(null);
  };
  const choose = (name: string) => {
    if (name) load(`/api/sample?name=${encodeURIComponent(name)}`).then((j) => open(j, name), (e: unknown) => setError(String(e)));
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    load('/api/convert', await file.arrayBuffer()).then((j) => open(j, file.name), () => setError(`Could not read ${file.name} as an Excel workbook: choose an .xlsx file.`));
  };

  // Re-render the sheet after every batch the pane runs, and follow the selection to its sheet.
  const runner = useMemo<ExcelRunner | null>(() => {
    if (!host) return null;
    const base = runnerFor(host);
    return async (batch) => {
      try {
        return await base(batch);
      } finally {
        if (host.selection) setSheet(host.selection.sheet);
        setVersion((v) => v + 1);
      }
    };
  }, [host]);

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <h1>RAG Tracker workbench</h1>
        <div className={styles.bar}>
          <Field label="Sample workbook">
            <Select value={samples.includes(source) ? source : ''} onChange={(_, d) => choose(d.value)}>
              <option value="">Choose a sample…</option>
              {samples.map((s) => <option key={s} value={s}>{s}</option>)}
            </Select>
          </Field>
          <Field label="Or open an .xlsx file">
            <input type="file" accept=".xlsx" onChange={(e) => void upload(e.target.files?.[0])} />
          </Field>
        </div>
        {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
        {host && runner && (
          <div className={styles.split}>
            <div className={styles.pane} data-testid="taskpane">
              <App key={source} runner={runner} onWeb={false} />
            </div>
            <div className={styles.sheet} data-version={version}>
              <SheetView host={host} sheetName={sheet} onSheet={setSheet} />
            </div>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
