import { workingnomads } from '../lib/sites/workingnomads';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...workingnomads.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [workingnomads]),
});
