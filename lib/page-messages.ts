// Messages the content script itself reads or sends, checked by hand: the content script carries
// no schema library (its size budget), and the background validates everything it receives.

/** Background → content script: save the posting on this page (keyboard command, context menu). */
export function isSaveCurrent(message: unknown): boolean {
  return typeof message === 'object' && message !== null && Reflect.get(message, 'type') === 'save-current';
}

export type SaveCurrentResponse = { ok: true; status: string } | { ok: false; error: string };
