import { remotive } from '../lib/sites/remotive';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...remotive.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [remotive]),
});
