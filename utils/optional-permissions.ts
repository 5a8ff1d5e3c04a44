import { browser } from 'wxt/browser';

// Features that need a permission the user grants when they first use them. Which of those are
// optional differs by build: Firefox grants `alarms` without asking and does not accept it as an
// optional permission (wxt.config.ts), so only what the manifest lists as optional is asked for.

type Permission = 'alarms' | 'notifications' | 'downloads';

function optionalOnes(wanted: readonly Permission[]): Permission[] {
  const optional = new Set<unknown>(browser.runtime.getManifest().optional_permissions ?? []);
  return wanted.filter((p) => optional.has(p));
}

/**
 * Ask for these permissions; call it straight from the user's click. Each is asked for on its
 * own, so one the browser grants without a prompt (Chrome's `alarms`) is granted even while the
 * user is still deciding on another, or refuses it. True when all are granted.
 */
export async function askFor(wanted: readonly Permission[]): Promise<boolean> {
  const asks = optionalOnes(wanted).map((p) =>
    browser.permissions.request({ permissions: [p] }).catch(() => false),
  );
  return (await Promise.all(asks)).every(Boolean);
}

/** Whether these permissions are granted now (those the manifest requires always are). */
export async function haveAll(wanted: readonly Permission[]): Promise<boolean> {
  const permissions = optionalOnes(wanted);
  if (!permissions.length) return true;
  return browser.permissions.contains({ permissions }).catch(() => false);
}

/**
 * Start listening to an optional API's events once it exists: now if its permission is granted,
 * else when it is. (A browser adds the API, e.g. `browser.alarms`, only with the permission.)
 */
export function onceGranted(available: () => boolean, start: () => void, onGranted?: () => void): void {
  let started = false;
  const startOnce = () => {
    if (started || !available()) return;
    started = true;
    start();
  };
  startOnce();
  browser.permissions.onAdded.addListener(() => {
    startOnce();
    onGranted?.();
  });
}
