import { createRoot } from 'react-dom/client';
import { Workbench } from './Workbench';

const container = document.getElementById('container');
if (!container) throw new Error('workbench.html has no #container');
createRoot(container).render(<Workbench />);
