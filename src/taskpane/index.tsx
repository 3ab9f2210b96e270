import { createRoot } from 'react-dom/client';
import { officeRunner, onTheWeb } from '../excel/run';
import { App } from './App';

/*
 * Task pane entry (taskpane.html): the pane against the real Excel. The browser workbench
 * renders the same App with the in-memory host's runner instead.
 */

function render(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  createRoot(container).render(<App runner={officeRunner} onWeb={onTheWeb()} />);
}

if (typeof Office === 'undefined') render();
else void Office.onReady(render);
