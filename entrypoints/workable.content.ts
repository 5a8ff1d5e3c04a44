import { workable } from '../lib/sites/workable';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...workable.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [workable]),
});
