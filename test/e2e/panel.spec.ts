import type { Page } from '@playwright/test';
import { setProfile, toolbar } from './extension-ui';
import { expect, test } from './fixtures';

const JOB = '/acme/jobs/777'; // sticky-apply.html: open to Canada and the US, Apply pinned bottom right
const SENTENCE = 'This role is open to candidates who live in Canada or the United States.';
const job = (port: number, host = 'boards.greenhouse.io'): string => `http://${host}:${port}${JOB}`;

test('the verdict and the toolbar badge follow the profile set in the options page', async ({
  context,
  extensionId,
  background,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'CA' });
  const page = await context.newPage();
  await page.goto(job(server.port));
  const chip = page.locator('jobsight-panel .js-verdict');
  await expect(chip).toHaveAttribute('data-status', 'eligible');
  await expect(chip.locator('.js-verdict-label')).toHaveText('You can apply');
  await expect(chip.locator('.js-verdict-reason')).toHaveText('The posting includes Canada.');
  await expect.poll(async () => (await toolbar(background, page)).text).toBe('JOB✓');

  // The panel follows a profile change without a reload.
  await setProfile(context, extensionId, { country: 'DE', currency: 'EUR' });
  await expect(chip).toHaveAttribute('data-status', 'not-eligible');
  await expect(chip.locator('.js-verdict-label')).toHaveText('Not open to you');
  await expect(chip.locator('.js-verdict-reason')).toHaveText('Germany is not among the places listed.');
  await expect.poll(async () => (await toolbar(background, page)).text).toBe('JOB✗');
  expect((await toolbar(background, page)).title).toBe('Jobsight: a job posting not open to you');

  // Pay as written and per year in the user's currency.
  await expect(page.locator('jobsight-panel .js-salary')).toHaveText('$150,000 - $180,000 USD per year');
  await expect(page.locator('jobsight-panel .js-yearly')).toHaveText(/^≈ €[\d,]+–€[\d,]+ a year/);
  await expect(page.locator('jobsight-panel .js-workplace')).toHaveText('Remote');
});

test('with no profile yet, the panel opens the settings, and answers once a country is set', async ({
  context,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(job(server.port));
  const chip = page.locator('jobsight-panel .js-verdict');
  await expect(chip.locator('.js-verdict-reason')).toHaveText(
    'Tell Jobsight where you live to get an answer.',
  );
  const opened = context.waitForEvent('page', (p) =>
    p.url().startsWith(`chrome-extension://${extensionId}/options.html`),
  );
  await page.locator('jobsight-panel .js-settings').click();
  const options = await opened;
  await options.locator('select[name="country"]').selectOption('CA');
  await options.locator('.profile-form button[type="submit"]').click();
  await expect(chip).toHaveAttribute('data-status', 'eligible');
  await expect(page.locator('jobsight-panel .js-settings')).toHaveCount(0);
});

test('hourly pay keeps its cents and names its dollar; the ≈ line keeps its rates in a tooltip', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'CA', currency: 'EUR' });
  const page = await context.newPage();
  await page.goto(`http://www.jobbank.gc.ca:${server.port}/jobsearch/jobposting/41234567`);
  await expect(page.locator('jobsight-panel .js-pay')).toHaveText('CA$31.50 an hour');
  const yearly = page.locator('jobsight-panel .js-yearly');
  await expect(yearly).toHaveText(/^≈ €[\d,]+ a year$/);
  await expect(yearly).toHaveAttribute('title', /exchange rates of \d{4}-\d{2}-\d{2}/);
  // The pay as the page shows it, found there (not "CAD 31.5 per hour" put together from its data).
  const shown = page.locator('jobsight-panel button.js-salary');
  await expect(shown).toHaveText('31.50 hourly / 40 hours per week');
  await shown.click();
  // (The range spans the hidden "HOUR" between the figure and "hourly"; the reader sees neither.)
  await expect.poll(() => highlighted(page)).toMatch(/^31\.50(?:HOUR)? hourly \/ 40 hours per week$/);
  await expect(page.locator('jobsight-panel .js-note')).toHaveCount(0);
});

test('the panel keeps off a chat launcher and a cookie box that arrives late, and both stay clickable', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`http://boards.greenhouse.io:${server.port}/acme/jobs/778`);
  const frame = page.locator('jobsight-panel .js-frame');
  await expect(page.locator('#dismiss')).toBeVisible();
  // Bottom right has the launcher, bottom left the cookie box: the next corner round is free.
  await expect(frame).toHaveClass(/js-corner-top-left/);
  await page.locator('#chat').click(); // fails if anything covers it
  await page.locator('#dismiss').click();
  await expect(page.locator('#cookies')).toHaveCount(0);
  // With the box gone, the preferred corner is still the launcher's.
  await expect(frame).not.toHaveClass(/js-corner-bottom-right/);
  await page.locator('#chat').click();
});

/** Count the page's DOM mutations from its own (main) world, where page scripts would see them. */
async function watchMutations(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { mutations: number };
    w.mutations = 0;
    new MutationObserver((records) => (w.mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { mutations: number }).mutations);
}

/** The text the page's highlight registry marks, read from the page's own world. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('jobsight-evidence');
    const range = h ? [...h][0] : undefined;
    return range ? range.toString().replace(/\s+/g, ' ') : null;
  });
}

test('clicking the evidence scrolls to the sentence and highlights it without changing the DOM', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'US' });
  const page = await context.newPage();
  await page.goto(job(server.port));
  const evidence = page.locator('jobsight-panel .js-verdict button.js-evidence');
  await expect(evidence).toHaveText(SENTENCE);
  const mutations = await watchMutations(page);
  const where = page.locator('#content p', { hasText: 'This role is open to' });
  await expect(where).not.toBeInViewport();

  await evidence.click();
  await expect.poll(() => highlighted(page)).toBe(SENTENCE.replace(/\.$/, ''));
  await expect(where).toBeInViewport();
  const rule = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
  );
  expect(rule).toContain('::highlight(jobsight-evidence)');

  // A flag's evidence replaces the mark.
  await page.locator('jobsight-panel .js-flag-visa button.js-evidence').click();
  await expect.poll(() => highlighted(page)).toBe('We are unable to sponsor visas for this role');
  await expect(page.locator('jobsight-panel .js-flag-visa .js-flag-label')).toHaveText('No visa sponsorship');
  expect(await mutations()).toBe(0);
});

/** Every element's box and a few computed styles: what the page's own layout is. */
function layout(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [`scroll ${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`];
    for (const el of document.querySelectorAll('html, html *')) {
      if (el.closest('jobsight-panel') || el.tagName === 'SCRIPT') continue;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const style = [s.fontSize, s.fontFamily, s.lineHeight, s.color, s.backgroundColor, s.margin, s.display];
      out.push(`${el.tagName}#${el.id} ${r.x},${r.y},${r.width},${r.height} ${style.join('|')}`);
    }
    return out;
  });
}

test('the panel does not move or restyle the host page', async ({ context, server }) => {
  // The same page where the content script does not run (no board matches 127.0.0.1)…
  const plain = await context.newPage();
  await plain.goto(job(server.port, '127.0.0.1'));
  const without = await layout(plain);
  // …and on the board, with the panel open on it.
  const page = await context.newPage();
  await page.goto(job(server.port));
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Senior Backend Engineer');
  await expect(page.locator('jobsight-panel')).toHaveCount(1);
  expect(await plain.locator('jobsight-panel').count()).toBe(0);
  expect(without.length).toBeGreaterThan(20);
  expect(await layout(page)).toEqual(without);
});

async function boxes(page: Page) {
  const frame = await page.locator('jobsight-panel .js-frame').boundingBox();
  const apply = await page.locator('#apply-sticky').boundingBox();
  if (!frame || !apply) throw new Error('panel or Apply button not laid out');
  return { frame, apply };
}

const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test('the panel keeps off the Apply button, folds and moves by keyboard, and remembers per site', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(job(server.port));
  const frame = page.locator('jobsight-panel .js-frame');
  // The board pins Apply to the bottom right, where the panel would go.
  await expect(frame).toHaveClass(/js-corner-bottom-left/);
  const { frame: box, apply } = await boxes(page);
  expect(apart(box, apply)).toBe(true);

  // Fold with the keyboard: Escape inside the panel, then open again from the badge.
  await page.locator('jobsight-panel .js-collapse').focus();
  await page.keyboard.press('Escape');
  const badge = page.locator('jobsight-panel button.js-badge');
  await expect(badge).toBeFocused();
  await expect(page.locator('jobsight-panel .js-panel')).toHaveCount(0);
  await page.reload();
  await expect(badge).toBeVisible(); // remembered for this site
  await expect(badge).toHaveAttribute('aria-label', /^Open the Jobsight panel/);

  // Another site keeps its own setting.
  const other = await context.newPage();
  await other.goto(`http://www.remotewlb.com:${server.port}/jobs/data-platform-engineer`);
  await expect(other.locator('jobsight-panel .js-panel')).toBeVisible();

  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('jobsight-panel .js-collapse')).toBeFocused();
  // Move: the next corner round is the top left.
  await page.locator('jobsight-panel .js-move').focus();
  await page.keyboard.press('Enter');
  await expect(frame).toHaveClass(/js-corner-top-left/);
  await page.reload();
  await expect(frame).toHaveClass(/js-corner-top-left/);
  expect(apart((await boxes(page)).frame, apply)).toBe(true);
});
