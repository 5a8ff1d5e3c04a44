import { greenhouse } from '../lib/sites/greenhouse';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...greenhouse.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [greenhouse]),
});
