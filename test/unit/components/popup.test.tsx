import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SavedJobsApp } from '../../../components/popup/SavedJobsApp';
import { SavedJobRow } from '../../../components/popup/SavedJobRow';
import { PAGE_SIZE } from '../../../lib/saved-jobs/query';
import { toRow } from '../../../lib/saved-jobs/rows';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { idbStore } from '../../../lib/saved-jobs/store';
import { getSnapshot, listJobs, saveJob } from '../../../lib/saved-jobs/jobs';
import { newRecord } from '../../../lib/saved-jobs/record';
import { importJobs } from '../../../lib/saved-jobs/transfer';
import type { Profile } from '../../../lib/model/types';
import { CAD_SALARY, sampleJob } from '../../helpers/jobs';
import { variedJob, variedSavedJobs } from '../../helpers/saved-jobs';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const CANADA: Profile = { country: 'CA', subdivision: null, currency: 'CAD', minPay: null };

let root: HTMLElement;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mountApp(profile: Profile = CANADA, openSettings?: () => void) {
  const db = openJobsDb();
  render(
    <SavedJobsApp
      openStore={() => db.then(idbStore)}
      loadProfile={async () => profile}
      saveProfile={async (p) => p}
      openSettings={openSettings}
    />,
    root,
  );
  return db;
}

const $ = <E extends Element = HTMLElement>(selector: string): E | null => root.querySelector<E>(selector);
const titles = (): string[] => [...root.querySelectorAll('.job-title')].map((a) => a.textContent ?? '');

function type(el: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!el) throw new Error('no field');
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(el: HTMLSelectElement | HTMLInputElement | null, value: string | boolean): void {
  if (!el) throw new Error('no control');
  if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
  else el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the popup', () => {
  it('tells a new user what to do', async () => {
    mountApp({ ...CANADA, country: null });
    await vi.waitFor(() => expect($('.empty')).not.toBeNull());
    expect($('.empty')?.textContent).toMatch(/Open a job posting.*Press Save in the Jobsight panel/s);
    expect($('.first-run')).not.toBeNull();
    expect($<HTMLButtonElement>('.export-json')?.disabled).toBe(true);
  });

  it('offers all the settings beside the first-run form', async () => {
    const openSettings = vi.fn();
    mountApp({ ...CANADA, country: null }, openSettings);
    await vi.waitFor(() => expect($('.first-run .open-settings')).not.toBeNull());
    $<HTMLButtonElement>('.open-settings')?.click();
    expect(openSettings).toHaveBeenCalledOnce();
  });

  it('lists a page of jobs at a time, newest first', async () => {
    const db = mountApp();
    await importJobs(await db, variedSavedJobs(120));
    render(null, root);
    mountApp();
    // The newest page is shown first, then the whole list is read.
    await vi.waitFor(() => expect(titles()).toHaveLength(PAGE_SIZE));
    expect(titles()[0]).toBe('Support Lead 23');
    await vi.waitFor(() => expect($('.summary')?.textContent).toBe('Showing 50 of 120 jobs'));
    type($('.search'), 'analyst');
    await vi.waitFor(() => expect($('.summary')?.textContent).toBe('24 of 120 jobs match'));
    type($('.search'), '');
    await vi.waitFor(() => expect($('.show-more')?.textContent).toBe('Show 50 more'));
    $<HTMLButtonElement>('.show-more')?.click();
    await vi.waitFor(() => expect(titles()).toHaveLength(100));
  });

  it('searches, filters for eligible jobs, and clears the search with Escape', async () => {
    const db = await mountApp();
    for (let i = 0; i < 6; i++) await saveJob(db, variedJob(i), 1000 + i);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(6));
    type($('.search'), 'analyst');
    await vi.waitFor(() => expect(titles()).toEqual(['Data Analyst 0']));
    expect($('.summary')?.textContent).toBe('1 of 6 jobs match');
    $('.search')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(titles()).toHaveLength(6));
    choose($('input[name="eligible"]'), true);
    // variedJob: every third is worldwide, the next one Canada or the US.
    await vi.waitFor(() =>
      expect(titles()).toEqual(['Site Reliability Engineer 0', 'Data Analyst 0', 'Backend Engineer 0']),
    );
  });

  it('changes a status and keeps its date', async () => {
    const db = await mountApp();
    await saveJob(db, sampleJob({}), 1000);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    choose($('.job-status'), 'applied');
    await vi.waitFor(async () => expect((await listJobs(db))[0]?.status).toBe('applied'));
    const history = (await listJobs(db))[0]?.statusHistory ?? [];
    expect(history.map((c) => c.status)).toEqual(['saved', 'applied']);
    await vi.waitFor(() => expect($('.job')?.dataset['status']).toBe('applied'));
  });

  it('saves notes and tags, and shows the saved description as text', async () => {
    const db = await mountApp();
    await saveJob(db, sampleJob({ description: HOSTILE }), 1000);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    const details = $<HTMLDetailsElement>('.job-more')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect($('.job-notes')).not.toBeNull());
    type($('textarea[name="notes"]'), 'Ask about on-call');
    type($('input[name="tags"]'), 'k8s, remote, k8s');
    $<HTMLButtonElement>('.job-notes button')?.click();
    await vi.waitFor(() => expect($('.job-notes-state')?.textContent).toBe('Notes saved'));
    expect((await listJobs(db))[0]).toMatchObject({ notes: 'Ask about on-call', tags: ['k8s', 'remote'] });
    $<HTMLButtonElement>('.job-show-description')?.click();
    await vi.waitFor(() => expect($('.job-description')?.textContent).toBe(HOSTILE));
    expect(root.querySelector('img, script')).toBeNull();
  });

  it('deletes with undo, and Undo has the focus', async () => {
    const db = await mountApp();
    const { record } = await saveJob(db, sampleJob({ description: 'Kept.' }), 1000);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    $<HTMLButtonElement>('.job-delete')?.click();
    await vi.waitFor(() => expect($('.undo')).not.toBeNull());
    expect(await listJobs(db)).toEqual([]);
    expect(document.activeElement).toBe($('.undo'));
    $<HTMLButtonElement>('.undo')?.click();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    expect(await listJobs(db)).toEqual([record]);
    expect((await getSnapshot(db, record.id))?.description).toBe('Kept.');
  });

  it('exports every job as JSON', async () => {
    const db = await mountApp();
    await saveJob(db, sampleJob({}), 1000);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    $<HTMLButtonElement>('.export-json')?.click();
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({
      format: 'jobsight-saved-jobs',
      version: 2,
      jobs: [{ job: { description: 'Runs the platform.' } }],
    });
  });

  it('refuses a bad file with a clear message and changes nothing, then imports a good one', async () => {
    const db = await mountApp();
    await saveJob(db, sampleJob({ url: 'https://a.example/only', company: 'Only' }), 1000);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    const pick = (text: string): void => {
      const input = $<HTMLInputElement>('.import-file')!;
      Object.defineProperty(input, 'files', { value: [new File([text], 'x.json')], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('{"format": "jobsight-saved-jobs", "version": 1, "jobs": [');
    await vi.waitFor(() =>
      expect($('[role="alert"]')?.textContent).toMatch(/not valid JSON.*Nothing was imported/),
    );
    expect(await listJobs(db)).toHaveLength(1);
    const good = {
      format: 'jobsight-saved-jobs',
      version: 1,
      exportedAt: '',
      jobs: variedSavedJobs(2).map(({ record, snapshot }) => ({
        ...record,
        job: { ...record.job, ...snapshot },
      })),
    };
    pick(JSON.stringify(good));
    await vi.waitFor(() =>
      expect($('.notice')?.textContent).toBe('Imported 2 jobs: 2 new, 0 merged with jobs already saved.'),
    );
    expect(titles()).toHaveLength(3);
  });

  it('"/" moves the focus to the search box', async () => {
    const db = await mountApp();
    await saveJob(db, sampleJob({}), 1000);
    render(null, root);
    mountApp();
    await vi.waitFor(() => expect(titles()).toHaveLength(1));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(document.activeElement).toBe($('.search'));
  });
});

describe('SavedJobRow', () => {
  const row = (url: string) =>
    toRow(newRecord(url, sampleJob({ url, title: HOSTILE, company: HOSTILE }), 1).record, CANADA);
  const props = {
    profile: CANADA,
    onStatus: () => {},
    onDelete: () => {},
    onNotes: async () => {},
    loadSnapshot: async () => undefined,
  };

  it('links only to http(s) pages and renders page text as text', () => {
    render(<SavedJobRow row={row('https://a.example/jobs/1')} {...props} />, root);
    expect($('a')?.getAttribute('href')).toBe('https://a.example/jobs/1');
    expect(root.querySelector('img, script')).toBeNull();
    expect($('.job-title')?.textContent).toBe(HOSTILE);
    expect($('.job-company')?.textContent).toBe(HOSTILE);
  });

  it.each<[number, string | null]>([
    [100_000, null],
    [130_000, 'Starts below your minimum'],
    [160_000, 'Below your minimum'],
  ])('a CA$120K–CA$150K job against a minimum of %i says %s', (minPay, says) => {
    const job = sampleJob({ salary: CAD_SALARY });
    const paid = toRow(newRecord(job.url, job, 1).record, CANADA);
    render(<SavedJobRow row={paid} {...props} minPay={minPay} />, root);
    expect($('.job-below')?.textContent ?? null).toBe(says);
  });

  it('names the dollar of a bare "$" and keeps the rates’ date in the ≈ line’s tooltip', () => {
    const job = sampleJob({ salary: { ...CAD_SALARY, currency: 'AUD', raw: '$120,000 - $150,000' } });
    render(<SavedJobRow row={toRow(newRecord(job.url, job, 1).record, CANADA)} {...props} />, root);
    expect($('.job-named-pay')?.textContent).toBe('A$120,000–A$150,000 a year');
    expect($('.job-yearly')?.textContent).toMatch(/^≈ CA\$[\d,]+–CA\$[\d,]+ a year$/);
    expect($('.job-yearly')?.getAttribute('title')).toMatch(/exchange rates of \d{4}-\d{2}-\d{2}/);
  });

  it('does not link a page that is not http(s)', () => {
    render(<SavedJobRow row={row('ftp://a.example/jobs/1')} {...props} />, root);
    expect($('.job-title')?.hasAttribute('href')).toBe(false);
  });
});
