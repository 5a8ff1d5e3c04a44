import { wellfound } from '../lib/sites/wellfound';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...wellfound.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [wellfound]),
});
