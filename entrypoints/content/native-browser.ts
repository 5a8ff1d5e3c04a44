import type { Browser } from 'webextension-polyfill';

// The content script's extension API: the browser's own object, not webextension-polyfill (a tenth
// of the content script's size budget). wxt.config.ts swaps it in for the content script's build
// only. It lives here rather than in utils/, which WXT would auto-import everywhere as a second
// `browser`. Everything the content script calls returns a promise natively in Firefox and in Chrome MV3; the
// one difference, answering a message, is written with sendResponse (entrypoints/content).
const native = (name: string): Browser | undefined => {
  const api: unknown = Reflect.get(globalThis, name);
  return typeof api === 'object' && api !== null && Reflect.get(api, 'runtime')
    ? (api as Browser)
    : undefined;
};

export const browser: Browser = (native('browser') ?? native('chrome')) as Browser;
