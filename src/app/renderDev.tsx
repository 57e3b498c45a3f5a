import { createRoot } from 'react-dom/client';
import { Essay } from './Essay';
import { loadAllWidgets } from '../widgets/registry';
import { preloadKatex } from '../components/katexLoader';

/** The dev server has no prerendered HTML: render the whole essay in the browser instead. */
export async function renderDev(container: HTMLElement) {
  const [widgets] = await Promise.all([loadAllWidgets(), preloadKatex()]);
  createRoot(container).render(<Essay widgets={widgets} />);
}
