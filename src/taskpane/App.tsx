import { FluentProvider, Text, Title2, webLightTheme } from '@fluentui/react-components';

/*
 * Placeholder task pane, so the build has both pages; the task pane UI (SPEC 7) replaces it.
 */

/** The task pane's root component. */
export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">RAG Tracker</Title2>
        <p>
          <Text>Rates the action plan in this workbook Complete, Green, Amber or Red; use Refresh RAG on the Home tab meanwhile.</Text>
        </p>
      </main>
    </FluentProvider>
  );
}
