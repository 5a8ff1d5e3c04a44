import { remotewlb } from '../lib/sites/remotewlb';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...remotewlb.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [remotewlb]),
});
