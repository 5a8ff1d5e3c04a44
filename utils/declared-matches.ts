import { browser } from 'wxt/browser';

/** The built-in boards, as the manifest declares them for the content script. Read from the
 * manifest so the popup and the options page need not load the site adapters themselves. */
export function declaredMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}
