import { indeed } from '../lib/sites/indeed';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...indeed.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [indeed]),
});
