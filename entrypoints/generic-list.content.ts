import { postingShape } from '../lib/page/lists/link-shape';
import { runListScript } from './content/list-script';

// Chips on a list of jobs that no board's list script reads: injected by the background into the
// frame where the generic content script found a list (utils/site-scripts.ts). Its postings are the
// largest family of job links on the page; no such family, no chips.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main: (ctx) => {
    const postingLink = postingShape(document);
    if (postingLink) runListScript(ctx, { site: 'generic', matches: [], postingLink });
  },
});
