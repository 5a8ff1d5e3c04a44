import { himalayas } from '../lib/sites/himalayas';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...himalayas.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [himalayas]),
});
