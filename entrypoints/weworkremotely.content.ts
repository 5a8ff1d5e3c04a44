import { weworkremotely } from '../lib/sites/weworkremotely';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...weworkremotely.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [weworkremotely]),
});
