import type { SiteAdapter } from '../../lib/page/sites/types';
import { runContentScript } from './run';

/** In a frame (a board embedded in a company's page) only a posting is read: the board's other
 * frames (its list, its application steps) get no panel of their own. */
const isTopOrPosting = (adapter: SiteAdapter): boolean =>
  window === window.top || adapter.isPosting(new URL(location.href));

/** A built-in board's content script: declared for the adapter's own pages, carrying only it. */
export const defineSiteScript = (adapter: SiteAdapter) =>
  defineContentScript({
    matches: [...adapter.matches],
    ...(adapter.excludes ? { excludeMatches: [...adapter.excludes] } : {}),
    allFrames: adapter.inFrames ?? false,
    cssInjectionMode: 'manual',
    main: (ctx) => {
      if (isTopOrPosting(adapter)) runContentScript(ctx, adapter);
    },
  });
