import type { Page } from '@playwright/test';
// axe-core itself (the version @axe-core/playwright runs): its source, for the toolbar popup that
// Playwright cannot attach to, and its result types.
import axe, { type AxeResults } from 'axe-core';
import { axeFor, expectAccessible, expectNone, findings, SCHEMES } from './axe';
import { approveSiteAccess, clickToolbarButton, setProfile, type ActionPopup } from './extension-ui';
import { expect, test } from './fixtures';
import { OPT_IN_HOST } from './server';

// Accessibility (issue 9): axe-core on every screen Jobsight draws, the popup (empty, with saved
// jobs, and as the toolbar popup with its "this site" box), the options page and the in-page panel
// (open and folded), in light and dark mode, since each scheme has its own colours. A serious or
// critical violation fails the test.

/**
 * The panel as placed (its host after <body>, see lib/panel/shadow-host.ts), then its contrast on
 * its own. axe finds what lies behind a text on a layout grid it builds from <body> down, so with
 * the host outside <body> it measures no contrast at all: for that one check the host goes into
 * <body>. And axe gives up on a text whose lines lie over different page elements, so the page's
 * own content is hidden meanwhile (a constructed sheet, no DOM change): the panel paints its own
 * opaque background, so what is under it plays no part. The panel is fixed and styled in its own
 * shadow root, so it looks the same in either place.
 */
async function expectPanelAccessible(page: Page, what: string): Promise<void> {
  const builder = axeFor(page).include('jobsight-panel').disableRules(['color-contrast']);
  expectNone(findings(await builder.analyze()), what);
  const isolate = (on: boolean) =>
    page.evaluate((on) => {
      const host = document.querySelector('jobsight-panel');
      if (!host) throw new Error('no panel');
      const w = window as { jobsightA11y?: CSSStyleSheet };
      if (on) {
        w.jobsightA11y = new CSSStyleSheet();
        w.jobsightA11y.replaceSync('body > :not(jobsight-panel) { visibility: hidden !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, w.jobsightA11y];
        document.body.append(host);
      } else {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== w.jobsightA11y);
        document.documentElement.append(host);
      }
    }, on);
  await isolate(true);
  try {
    await expectAccessible(page, `${what}, contrast`, 'jobsight-panel', ['color-contrast']);
  } finally {
    await isolate(false);
  }
}

/** The same checks in the toolbar popup, which Playwright cannot attach to (extension-ui.ts). */
async function expectPopupAccessible(popup: ActionPopup, what: string): Promise<void> {
  if (!(await popup.evaluate<boolean>(`typeof axe !== 'undefined'`))) await popup.evaluate(axe.source);
  const results = await popup.evaluate<Pick<AxeResults, 'violations' | 'incomplete'>>(
    `axe.run(document).then(({ violations, incomplete }) => ({ violations, incomplete }))`,
  );
  expectNone(findings(results), what);
}

const POSTINGS = [
  // Open to Canada and the US, no visa sponsorship, Apply pinned bottom right.
  'http://boards.greenhouse.io:PORT/acme/jobs/777',
  'http://boards.greenhouse.io:PORT/acmerobotics/jobs/5120034',
  'http://www.remotewlb.com:PORT/job/frontend-developer-brightleaf-318877',
  'http://www.linkedin.com:PORT/jobs/view/3900123456',
] as const;
const at = (address: string, port: number): string => address.replace('PORT', String(port));

async function saveFromPanel(page: Page, address: string): Promise<void> {
  await page.goto(address);
  const save = page.locator('jobsight-panel button.js-save');
  await save.click();
  await expect(save).toHaveText(/^Saved ✓/);
}

test('the popup, empty and first run', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.empty')).toBeVisible();
  await expect(popup.locator('.first-run select[name="country"]')).toBeVisible();
  for (const scheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme: scheme });
    await expectAccessible(popup, `empty popup, first run (${scheme})`);
  }
  // The same empty list once the user has said where they live.
  await popup.locator('.first-run select[name="country"]').selectOption('CA');
  await popup.locator('.first-run button[type="submit"]').click();
  await expect(popup.locator('.first-run')).toHaveCount(0);
  for (const scheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme: scheme });
    await expectAccessible(popup, `empty popup (${scheme})`);
  }
});

test('the popup with saved jobs, filters, statuses, tags and an open row', async ({
  context,
  extensionId,
  server,
}) => {
  // A minimum no posting reaches, so rows say "Below your minimum".
  await setProfile(context, extensionId, { country: 'CA', minPay: '1000000' });
  const page = await context.newPage();
  for (const posting of POSTINGS) await saveFromPanel(page, at(posting, server.port));

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('li.job')).toHaveCount(POSTINGS.length);
  // Every verdict colour and a status date, a tag, an open row with its notes, history and links.
  await expect(popup.locator('.job-verdict-eligible').first()).toBeVisible();
  await expect(popup.locator('.job-verdict-not-eligible, .job-verdict-unknown').first()).toBeVisible();
  const row = popup.locator('li.job', { hasText: 'Backend Engineer' }).first();
  await row.locator('select.job-status').selectOption('interviewing');
  await expect(row.locator('.job-status-date')).toBeVisible();
  await row.locator('.job-more summary').click();
  await row.locator('input[name="tags"]').fill('robots, top pick');
  await row.locator('.job-notes button[type="submit"]').click();
  await expect(row.locator('.job-notes-state')).toHaveText('Notes saved');
  await expect(row.locator('.job-tags li')).toHaveText(['robots', 'top pick']);
  await row.locator('.job-show-description').click();
  await expect(row.locator('.job-description')).toBeVisible();
  await expect(popup.locator('.job-below').first()).toBeVisible();
  // The Undo bar after a deletion.
  await popup.locator('li.job', { hasText: 'Data Analyst' }).locator('button.job-delete').click();
  await expect(popup.locator('.undo-bar')).toBeVisible();

  for (const scheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme: scheme });
    await expectAccessible(popup, `popup with saved jobs (${scheme})`);
  }
});

test('the options page: profile, exchange rates and enabled sites', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // Canada has provinces: the province field is shown too.
  await options.locator('select[name="country"]').selectOption('CA');
  await expect(options.locator('select[name="subdivision"]')).toBeVisible();
  await options.locator('input[name="minPay"]').fill('90000');
  await options.locator('.profile-form button[type="submit"]').click();
  await expect(options.locator('.profile-form [role="status"]')).toHaveText('Saved');
  // A rate of the user's own, listed with its Remove button.
  await options.locator('select[name="rate-currency"]').selectOption('EUR');
  await options.locator('input[name="rate-value"]').fill('0.9');
  await options.locator('.rates-form button[type="submit"]').click();
  await expect(options.locator('.rates-list li')).toHaveCount(1);
  // The enabled sites' error line.
  await options.locator('input[name="site"]').fill('not a site');
  await options.locator('.site-add button[type="submit"]').click();
  await expect(options.locator('.site-error')).toBeVisible();

  for (const scheme of SCHEMES) {
    await options.emulateMedia({ colorScheme: scheme });
    await expectAccessible(options, `options page (${scheme})`);
  }
});

test('the in-page panel for each verdict', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  // '': no country set, so the verdict is unclear.
  for (const [country, status] of [
    ['CA', 'eligible'],
    ['DE', 'not-eligible'],
    ['', 'unknown'],
  ] as const) {
    await setProfile(context, extensionId, { country });
    await page.goto(at(POSTINGS[0], server.port));
    await expect(page.locator('jobsight-panel .js-verdict')).toHaveAttribute('data-status', status);
    await expect(page.locator('jobsight-panel .js-flag-visa')).toBeVisible();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectPanelAccessible(page, `panel, ${status} (${scheme})`);
    }
  }
});

test('the in-page panel saved, and folded to its badge', async ({ context, extensionId, server }) => {
  await setProfile(context, extensionId, { country: 'CA' });
  const page = await context.newPage();
  await page.goto(at(POSTINGS[0], server.port));
  // Saved: the button's disabled colours.
  const save = page.locator('jobsight-panel button.js-save');
  await save.click();
  await expect(save).toHaveText(/^Saved ✓/);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectPanelAccessible(page, `panel, saved (${scheme})`);
  }
  await page.locator('jobsight-panel .js-collapse').click();
  const badge = page.locator('jobsight-panel button.js-badge');
  await expect(badge).toHaveClass(/js-badge-eligible/);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectPanelAccessible(page, `folded badge (${scheme})`);
  }
  // With no country set the verdict is unclear: the badge's grey mark.
  await setProfile(context, extensionId, { country: '' });
  await expect(badge).toHaveClass(/js-badge-unknown/);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectPanelAccessible(page, `folded badge, unclear (${scheme})`);
  }
});

test('the toolbar popup: its box for the site in the tab', async ({ context, extensionId, server }) => {
  // Before the popup opens: another tab taking focus would close it.
  await approveSiteAccess(context, extensionId, `*://${OPT_IN_HOST}/*`);
  const page = await context.newPage();
  await page.goto(`http://${OPT_IN_HOST}:${server.port}/northwind/jobs/4410021`);
  const popup = await clickToolbarButton(context, extensionId, page);
  // Enable and Scan offered; then the message Scan leaves, and the site enabled.
  await popup.waitFor(`document.querySelector('.site-enable') && document.querySelector('.empty')`);
  const check = async (state: string): Promise<void> => {
    for (const scheme of SCHEMES) {
      await popup.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-color-scheme', value: scheme }],
      });
      await popup.waitFor(`matchMedia('(prefers-color-scheme: ${scheme})').matches`);
      await expectPopupAccessible(popup, `toolbar popup, ${state} (${scheme})`);
    }
  };
  await check('site not enabled');
  await popup.evaluate(`document.querySelector('.site-scan').click()`, true);
  await popup.waitFor(`/Scanned/.test(document.querySelector('.site-message')?.textContent)`);
  await popup.evaluate(`document.querySelector('.site-enable').click()`, true);
  await popup.waitFor(`document.querySelector('.site-enabled')`);
  await check('site enabled');
});
