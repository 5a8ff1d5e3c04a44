import { lever } from '../lib/sites/lever';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...lever.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [lever]),
});
