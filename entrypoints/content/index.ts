import { runContentScript } from './run';

// The generic content script, with no site adapter: registered for the sites the user enables and
// injected once by "Scan this page" (utils/site-scripts.ts). A second injection replaces the first
// (WXT invalidates it). The built-in boards each have their own (entrypoints/<site>.content.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main: (ctx) => runContentScript(ctx),
});
