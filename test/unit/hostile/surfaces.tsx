// Every place a scanned job is shown or written — the in-page panel, the popup's list, the CSV
// and JSON exports — and the check that page text stays text in each.
import { IDBFactory } from 'fake-indexeddb';
import { render, type ComponentChild } from 'preact';
import { expect, vi } from 'vitest';
import { PanelHost } from '../../../components/panel/PanelHost';
import { SavedJobsApp } from '../../../components/popup/SavedJobsApp';
import { JobSchema, type Job } from '../../../lib/model/job';
import { createSaveController } from '../../../lib/panel/save';
import { jobsToCsv } from '../../../lib/saved-jobs/csv';
import { parseExport, toExportFile } from '../../../lib/saved-jobs/export-file';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { idbStore } from '../../../lib/saved-jobs/store';
import { saveJob } from '../../../lib/saved-jobs/jobs';
import { joinJob, newRecord } from '../../../lib/saved-jobs/record';
import type { Profile } from '../../../lib/model/types';
import { viewFor } from '../../../lib/analysis/view';
import { DEFAULT_PANEL_PREFS } from '../../../utils/panel-prefs';

const PROFILE: Profile = { country: 'CA', subdivision: null, currency: 'EUR', minPay: 90_000 };
const RUNS_SCRIPT = /^(?:javascript|vbscript|data):/i;

/** What a scan may return: no job, or a valid one that links nowhere but the web. */
export function expectSafeJob(job: Job | null): void {
  if (!job) return;
  expect(JobSchema.safeParse(job).success).toBe(true);
  for (const link of [job.url, job.canonicalUrl, job.applyUrl])
    if (link) expect(link).toMatch(/^https?:\/\//);
}

/** No element or attribute that page text could have turned into script, anywhere under `root`. */
export function expectNoPageMarkup(root: Element): void {
  expect(root.querySelector('script, img, iframe, object, embed, svg, style, link, meta, base')).toBeNull();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of Array.from(el.attributes)) {
      expect(name, `<${el.localName} ${name}>`).not.toMatch(/^on/i);
      // Browsers drop tabs and newlines from a URL and trim it before reading its scheme.
      if (/^(?:href|src|action|formaction|xlink:href)$/i.test(name))
        expect(value.replace(/[\t\n\r]/g, '').trim()).not.toMatch(RUNS_SCRIPT);
    }
  }
}

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

function unmount(root: HTMLElement): void {
  render(null, root);
  root.remove();
}

/** The panel as the content script mounts it; every evidence button is pressed once. */
export async function checkPanel(job: Job): Promise<void> {
  const save = createSaveController(job, async () => null);
  const view = viewFor(job, PROFILE);
  const props = { job, view, save, prefs: DEFAULT_PANEL_PREFS, site: 'careers.example', onClose: () => {} };
  const root = mount(<PanelHost {...props} />);
  try {
    await vi.waitFor(() => expect(root.querySelector('.js-title')).not.toBeNull());
    expect(root.querySelector('.js-title')?.textContent).toBe(job.title);
    if (job.company) expect(root.querySelector('.js-company')?.textContent).toBe(job.company);
    if (job.salary) expect(root.querySelector('.js-salary')?.textContent).toBe(job.salary.raw);
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.js-evidence, button.js-salary'))
      button.click();
    expectNoPageMarkup(root);
  } finally {
    unmount(root);
  }
}

/** The popup's list with only this job saved, its description opened. */
export async function checkPopup(job: Job): Promise<void> {
  globalThis.indexedDB = new IDBFactory();
  const db = openJobsDb();
  await saveJob(await db, job, 1000);
  const app = (
    <SavedJobsApp
      openStore={() => db.then(idbStore)}
      loadProfile={async () => PROFILE}
      saveProfile={async (p) => p}
    />
  );
  const root = mount(app);
  try {
    await vi.waitFor(() => expect(root.querySelector('.job-title')).not.toBeNull());
    expect(root.querySelector('.job-title')?.textContent).toBe(job.title);
    if (job.company) expect(root.querySelector('.job-company')?.textContent).toBe(job.company);
    const details = root.querySelector<HTMLDetailsElement>('.job-more');
    if (!details) throw new Error('no details');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect(root.querySelector('.job-show-description')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('.job-show-description')?.click();
    await vi.waitFor(() => expect(root.querySelector('.job-description')).not.toBeNull());
    expect(root.querySelector('.job-description')?.textContent).toBe(
      job.description || 'No description was saved.',
    );
    expectNoPageMarkup(root);
  } finally {
    unmount(root);
    (await db).close();
  }
}

/** RFC 4180 cells, quotes undone: what a spreadsheet reads. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i] as string;
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\r')) cell += ch;
    else {
      row.push(cell);
      cell = '';
      if (ch === '\r') {
        rows.push(row);
        row = [];
        i++; // its \n
      }
    }
  }
  return rows;
}

/** A spreadsheet runs no cell as a formula, and the title is still all there. */
export function checkCsv(job: Job): void {
  const [header, row] = csvRows(jobsToCsv([newRecord(job.url, job, 1000).record], PROFILE).slice(1));
  for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  const title = row?.[header?.indexOf('Title') ?? -1];
  expect(title === job.title || title === `'${job.title}`).toBe(true);
}

/** The JSON export reads back as the very same job. */
export function checkJsonExport(job: Job): void {
  const text = JSON.stringify(toExportFile([newRecord(job.url, job, 1000)], 2000));
  const back = parseExport(text);
  if (!back.ok) throw new Error(back.error);
  const [saved] = back.jobs;
  expect(saved && joinJob(saved.record.job, saved.snapshot)).toEqual(job);
}

/** Every surface at once. */
export async function checkEverywhere(job: Job): Promise<void> {
  expectSafeJob(job);
  await checkPanel(job);
  await checkPopup(job);
  checkCsv(job);
  checkJsonExport(job);
}
