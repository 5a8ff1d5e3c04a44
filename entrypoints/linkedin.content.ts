import { linkedin } from '../lib/sites/linkedin';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...linkedin.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [linkedin]),
});
