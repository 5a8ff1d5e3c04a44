import { remoteok } from '../lib/sites/remoteok';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...remoteok.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [remoteok]),
});
