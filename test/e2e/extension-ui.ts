// Driving the browser UI that headless Chromium does not draw: the toolbar button (CDP's
// Extensions.triggerAction, a real action click that grants activeTab and opens the popup) and
// the host-permission prompt (approved beforehand, see approveSiteAccess).
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

// The service worker's and chrome://extensions' APIs, as much of them as these tests call.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
  developerPrivate: {
    addHostPermission(id: string, host: string): Promise<void>;
    getExtensionInfo(
      id: string,
    ): Promise<{ installWarnings: string[]; manifestErrors: unknown[]; runtimeErrors: unknown[] }>;
  };
};

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  return browser.newBrowserCDPSession();
}

/** The toolbar badge and title the background set for the page's tab (the page must be in front). */
export async function toolbar(background: Worker, page: Page): Promise<{ text: string; title: string }> {
  await page.bringToFront();
  return background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { text: '', title: '' };
    const [text, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: tab.id }),
      chrome.action.getTitle({ tabId: tab.id }),
    ]);
    return { text, title };
  });
}

/**
 * The user's "Allow" on the prompt `permissions.request` shows, given in advance: the prompt is
 * browser UI a headless browser cannot click. chrome://extensions records it the way its Site
 * access setting does; the extension's own request, made in a real click, then resolves true
 * without the dialog. The permission itself is granted only by that request.
 */
export async function approveSiteAccess(context: BrowserContext, extensionId: string, pattern: string) {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(({ id, host }) => chrome.developerPrivate.addHostPermission(id, host), {
    id: extensionId,
    host: pattern,
  });
  await page.close();
}

/** What chrome://extensions says about the extension as loaded: warnings on install, manifest errors. */
export async function loadReport(
  context: BrowserContext,
  extensionId: string,
): Promise<{ installWarnings: string[]; manifestErrors: unknown[] }> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const info = await page.evaluate((id) => chrome.developerPrivate.getExtensionInfo(id), extensionId);
  await page.close();
  return { installWarnings: info.installWarnings, manifestErrors: info.manifestErrors };
}

export interface ActionPopup {
  /** Evaluate in the popup; `gesture` makes it run as inside the user's click. */
  evaluate<T>(expression: string, gesture?: boolean): Promise<T>;
  /** Wait until `expression` is true in the popup. */
  waitFor(expression: string): Promise<void>;
  /** Any other DevTools protocol command in the popup (Emulation.setEmulatedMedia, say). */
  send(method: string, params?: object): Promise<void>;
}

interface Evaluated<T> {
  result?: { result: { value: T }; exceptionDetails?: { text: string } };
  error?: { message: string };
}

/**
 * Click the extension's toolbar button on `page`'s tab and return its popup. Playwright does not
 * attach to action popups, so the popup is driven through the browser session directly.
 */
export async function clickToolbarButton(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<ActionPopup> {
  const session = await browserSession(context);
  const tabs = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab for ${page.url()}`);
  await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });

  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  let targetId = '';
  await expect
    .poll(async () => {
      const { targetInfos } = await session.send('Target.getTargets');
      targetId = targetInfos.find((t) => t.type === 'page' && t.url === popupUrl)?.targetId ?? '';
      return targetId;
    })
    .not.toBe('');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });

  let nextId = 0;
  const pending = new Map<number, (m: Evaluated<unknown>) => void>();
  session.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as Evaluated<unknown> & { id?: number };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const command = async <T>(method: string, params: object): Promise<Evaluated<T>> => {
    const id = ++nextId;
    const answer = new Promise<Evaluated<T>>((resolve) =>
      pending.set(id, resolve as (m: Evaluated<unknown>) => void),
    );
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return answer;
  };
  const evaluate = async <T>(expression: string, gesture = false): Promise<T> => {
    const params = { expression, awaitPromise: true, returnByValue: true, userGesture: gesture };
    const m = await command<T>('Runtime.evaluate', params);
    const failed = m.error?.message ?? m.result?.exceptionDetails?.text;
    if (failed || !m.result) throw new Error(`popup: ${failed ?? 'no result'}`);
    return m.result.result.value;
  };
  return {
    evaluate,
    waitFor: (expression) => expect.poll(() => evaluate<boolean>(`Boolean(${expression})`)).toBe(true),
    async send(method, params = {}) {
      const m = await command(method, params);
      if (m.error) throw new Error(`popup: ${method}: ${m.error.message}`);
    },
  };
}

/** Set where the user lives ('' for not set), their currency and their minimum pay on the options
 * page, as they would; `shot` keeps a screenshot of the page once saved. */
export async function setProfile(
  context: BrowserContext,
  extensionId: string,
  profile: { country: string; currency?: string; minPay?: string },
  shot?: { path: string; size: { width: number; height: number } },
): Promise<void> {
  const options = await context.newPage();
  if (shot) await options.setViewportSize(shot.size);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="country"]').selectOption(profile.country);
  await options.locator('select[name="currency"]').selectOption(profile.currency ?? 'USD');
  await options.locator('input[name="minPay"]').fill(profile.minPay ?? '');
  await options.locator('.profile-form button[type="submit"]').click();
  await expect(options.locator('.profile-form [role="status"]')).toHaveText('Saved');
  if (shot) await options.screenshot({ path: shot.path });
  await options.close();
}
