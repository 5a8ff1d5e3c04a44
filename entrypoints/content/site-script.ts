import type { SiteAdapter } from '../../lib/page/sites/types';
import { runContentScript } from './run';

/** A built-in board's content script: declared for the adapter's own pages, carrying only it. */
export const defineSiteScript = (adapter: SiteAdapter) =>
  defineContentScript({
    matches: [...adapter.matches],
    cssInjectionMode: 'manual',
    main: (ctx) => runContentScript(ctx, [adapter]),
  });
