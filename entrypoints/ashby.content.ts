import { ashby } from '../lib/sites/ashby';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...ashby.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [ashby]),
});
