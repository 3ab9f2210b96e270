import { createRoot } from 'react-dom/client';
import { App } from './App';

/*
 * Task pane entry (taskpane.html). Renders once Office.js is ready; outside Office (a plain
 * browser) Office.onReady still resolves, with no host, so the pane renders there too.
 */

function render(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  createRoot(container).render(<App />);
}

if (typeof Office === 'undefined') render();
else void Office.onReady(render);
