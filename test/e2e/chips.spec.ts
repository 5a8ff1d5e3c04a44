import type { Page } from '@playwright/test';
import { clickToolbarButton, setProfile } from './extension-ui';
import { OPT_IN_HOST } from './server';
import { expect, test } from './fixtures';

// Search results: a chip on every card, right for the user's profile, on cards that arrive later
// too, and not one of the page's own boxes moved.

const REMOTE_OK = (port: number, host = 'remoteok.com') => `http://${host}:${port}/remote-dev-jobs`;
const chip = (page: Page, id: string) => page.locator(`jobsight-chip[data-job-id="${id}"]`);

/** Every element's box, our chips left out: what the page's own layout is. */
function layout(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body, body *'))
      .filter((el) => el.tagName !== 'JOBSIGHT-CHIP' && el.tagName !== 'SCRIPT')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName}.${el.className} ${r.x},${r.y},${r.width},${r.height}`;
      }),
  );
}

test('Remote OK results: a chip per card, right for where the user lives', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'US' });
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  await expect(chip(page, '1085001')).toHaveAttribute('data-verdict', 'eligible'); // United States
  await expect(chip(page, '1085002')).toHaveAttribute('data-verdict', 'eligible'); // Worldwide
  await expect(chip(page, '1085003')).toHaveAttribute('data-verdict', 'not-eligible'); // Europe; Latin America
  // the card's words that decided are in the tooltip; the pay as the card wrote it (already USD a year)
  await expect(chip(page, '1085003').locator('.chip')).toHaveAttribute('title', /Europe/);
  await expect(chip(page, '1085001')).toContainText('$120k - $150k');
  // an estimate of the board's own ("$70k - $120k*") is not the employer's pay
  await expect(chip(page, '1085002')).not.toContainText('$');
  await page.setViewportSize({ width: 760, height: 420 });
  await page.locator('#jobsboard').screenshot({ path: 'docs/list-chips.png' });

  await setProfile(context, extensionId, { country: 'DE', currency: 'EUR' });
  await page.reload();
  await expect(chip(page, '1085001')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(chip(page, '1085003')).toHaveAttribute('data-verdict', 'eligible');
  // euros a year for a person in Germany, marked ≈
  await expect(chip(page, '1085001')).toContainText('≈');
});

test('cards that arrive as the list grows get their chip', async ({ context, extensionId, server }) => {
  await setProfile(context, extensionId, { country: 'CA', currency: 'CAD' });
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  await expect(page.locator('jobsight-chip')).toHaveCount(3);
  // like the board's infinite scroll: more rows are appended to the table
  await page.evaluate(() => {
    const row = document.querySelector('tr.job[data-id="1085001"]')?.cloneNode(true) as HTMLElement;
    row.querySelector('jobsight-chip')?.remove(); // a board draws its new rows without ours
    row.dataset['id'] = '1085004';
    row.querySelector('h2')!.textContent = 'Support Engineer';
    row.querySelectorAll('.location')[0]!.textContent = '🇨🇦 Canada';
    document.querySelector('#jobsboard tbody')?.append(row);
  });
  await expect(chip(page, '1085004')).toHaveAttribute('data-verdict', 'eligible');
  await expect(page.locator('jobsight-chip')).toHaveCount(4);
});

test('a card that is a job already saved (here from its Greenhouse page) says so', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'US' });
  const posting = await context.newPage();
  await posting.goto(`http://boards.greenhouse.io:${server.port}/acmerobotics/jobs/5120034`);
  await posting.locator('jobsight-panel button.js-save').click();
  await expect(posting.locator('jobsight-panel button.js-save')).toHaveText(/^Saved ✓/);
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  // "Backend Engineer" at Acme Robotics on Remote OK is the job saved from Greenhouse
  await expect(chip(page, '1085001')).toContainText('Saved');
  await expect(chip(page, '1085001').locator('.chip')).toHaveAttribute('title', /In your saved jobs: Saved/);
  // the same job on another board, not a repost
  await expect(chip(page, '1085001')).not.toContainText('Reposted');
  await expect(chip(page, '1085002')).not.toContainText('Saved');
});

test('a card of a posting opened before says when', async ({ context, extensionId, server }) => {
  await setProfile(context, extensionId, { country: 'US' });
  const posting = await context.newPage();
  await posting.goto(
    `http://remoteok.com:${server.port}/remote-jobs/1085003-remote-frontend-developer-quaystone`,
  );
  await expect(posting.locator('jobsight-panel .js-title')).toBeVisible();
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  const today = new Date().toLocaleDateString('en-US', { day: 'numeric', month: 'short' });
  await expect(chip(page, '1085003')).toContainText(`Seen ${today}`);
  await expect(chip(page, '1085001')).not.toContainText('Seen');
});

test("a company's careers page embedding its Greenhouse board: the board's frame gets chips", async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'US' });
  const page = await context.newPage();
  await page.goto(`http://www.saltmarsh.example:${server.port}/careers/all-roles`);
  const board = page.frameLocator('#grnhse_iframe');
  await expect(board.locator('jobsight-chip')).toHaveCount(2);
  await expect(board.locator('jobsight-chip[data-job-id="7201006003"]')).toHaveAttribute('data-verdict', /./);
  // the company's own page is not a board Jobsight runs on by itself
  await expect(page.locator('jobsight-chip')).toHaveCount(0);
});

test("the chips move none of the page's own boxes", async ({ context, extensionId, server }) => {
  await setProfile(context, extensionId, { country: 'US' });
  // the same page where no script runs (no board matches 127.0.0.1)…
  const plain = await context.newPage();
  await plain.goto(REMOTE_OK(server.port, '127.0.0.1'));
  const without = await layout(plain);
  // …and on the board, with its chips
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  await expect(page.locator('jobsight-chip')).toHaveCount(3);
  expect(await layout(page)).toEqual(without);
});

test('We Work Remotely results: region chips read, ads and headquarters left alone', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'DE', currency: 'EUR' });
  const page = await context.newPage();
  await page.goto(`http://weworkremotely.com:${server.port}/categories/remote-back-end-programming-jobs`);
  await expect(chip(page, '/remote-jobs/harrowgate-senior-rails-developer')).toHaveAttribute(
    'data-verdict',
    'not-eligible',
  );
  await expect(chip(page, '/remote-jobs/velvetine-elixir-engineer')).toHaveAttribute(
    'data-verdict',
    'eligible',
  );
  await expect(page.locator('jobsight-chip')).toHaveCount(2);
});

test('the cards not open to the user are dimmed or hidden as chosen on the page, remembered for the site', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'US' });
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  const europe = page.locator('tr.job[data-id="1085003"]'); // not open to a person in the US
  await expect(chip(page, '1085003')).toHaveAttribute('data-verdict', 'not-eligible');
  const bar = page.locator('jobsight-list-control');
  await bar.getByRole('button', { name: 'Hide' }).click();
  await expect(europe).toBeHidden();
  await expect(page.locator('tr.job[data-id="1085001"]')).toBeVisible();
  await page.reload();
  await expect(chip(page, '1085001')).toHaveAttribute('data-verdict', 'eligible');
  await expect(europe).toBeHidden();
  await expect(bar.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-pressed', 'true');
  await bar.getByRole('button', { name: 'Dim' }).click();
  await expect(europe).toBeVisible();
  await expect(europe).toHaveCSS('opacity', '0.35');
  await bar.getByRole('button', { name: 'Show' }).click();
  await expect(europe).toHaveCSS('opacity', '1');
});

test('a company hidden from its card is hidden on every board, and listed, restorable, in the options', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'US' });
  const page = await context.newPage();
  await page.goto(REMOTE_OK(server.port));
  await chip(page, '1085002').getByRole('button', { name: 'Hide jobs from Larchmont' }).click();
  await expect(page.locator('tr.job[data-id="1085002"]')).toBeHidden();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const listed = options.locator('.hidden-list li', { hasText: 'Larchmont' });
  await expect(listed).toHaveCount(1);
  await listed.getByRole('button', { name: 'Show Larchmont again' }).click();
  await expect(options.locator('.hidden-none')).toBeVisible();
  // the list follows the options page without a reload
  await expect(page.locator('tr.job[data-id="1085002"]')).toBeVisible();
});

test('a board whose cards are found from their links (Remotive): chips by each card’s own words', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'CA', currency: 'CAD' });
  const page = await context.newPage();
  await page.goto(`http://remotive.com:${server.port}/remote-jobs/software-dev`);
  const card = (slug: string) => chip(page, `/remote-jobs/software-dev/${slug}`);
  await expect(card('senior-backend-engineer-2087001')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(card('frontend-developer-2087002')).toHaveAttribute('data-verdict', 'eligible');
  // "Canada (excluding Quebec)": which province the person lives in decides, and none is set
  await expect(card('platform-engineer-2087003')).toHaveAttribute('data-verdict', 'unknown');
  await expect(card('senior-backend-engineer-2087001').locator('.chip')).toHaveAttribute('title', /USA Only/);
  await expect(card('senior-backend-engineer-2087001')).toContainText('≈');
  // the chip sits in the card's title, after its words
  await expect(page.locator('.job-tile-title jobsight-chip')).toHaveCount(3);
  // the employer the card's lines name can be hidden, as on any board
  await card('senior-backend-engineer-2087001')
    .getByRole('button', { name: 'Hide jobs from Loomwork' })
    .click();
  await expect(page.locator('li', { has: card('senior-backend-engineer-2087001') })).toBeHidden();
});

test('"Scan this page" on a list no board describes puts chips on its cards', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, { country: 'CA', currency: 'CAD' });
  const page = await context.newPage();
  await page.goto(`http://${OPT_IN_HOST}:${server.port}/careers/openings`);
  await expect(page.locator('jobsight-chip')).toHaveCount(0); // nothing runs there unasked
  const popup = await clickToolbarButton(context, extensionId, page);
  await popup.waitFor(`document.querySelector('.site-scan')`);
  await popup.evaluate(`document.querySelector('.site-scan').click()`, true);
  const card = (id: string) => chip(page, `/careers/jobs/${id}`);
  await expect(card('4410021-platform-engineer')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(card('4410022-data-engineer')).toHaveAttribute('data-verdict', 'eligible');
  await expect(card('4410023-account-executive')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(card('4410022-data-engineer')).toContainText('CA$110,000');
  await expect(page.locator('jobsight-chip')).toHaveCount(3);
});
