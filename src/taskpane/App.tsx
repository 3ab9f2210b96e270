import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ExcelRunner } from '../excel/run';
import { Pane } from './Pane';

export interface AppProps {
  /** The pane's only link to the workbook: Excel.run in Office, the in-memory host elsewhere. */
  runner: ExcelRunner;
  /** Excel on the web: keeps each request under its payload limit, and downloads work. */
  onWeb: boolean;
}

/** The task pane's root component. */
export function App({ runner, onWeb }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane runner={runner} onWeb={onWeb} />
    </FluentProvider>
  );
}
