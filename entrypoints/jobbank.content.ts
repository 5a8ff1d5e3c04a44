import { jobbank } from '../lib/sites/jobbank';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...jobbank.matches],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx, [jobbank]),
});
