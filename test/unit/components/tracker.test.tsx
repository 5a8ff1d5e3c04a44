import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackerApp } from '../../../components/tracker/TrackerApp';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { listJobs } from '../../../lib/saved-jobs/jobs';
import { idbStore } from '../../../lib/saved-jobs/store';
import { importJobs } from '../../../lib/saved-jobs/transfer';
import type { Profile } from '../../../lib/model/types';
import type { TrackerServices } from '../../../utils/tracker-services';
import { variedSavedJobs } from '../../helpers/saved-jobs';

// The tracker page on a real (fake-indexeddb) store: the table's sort, filters, selection, bulk
// changes with Undo and keys, and the board's keyboard moves.

const CANADA: Profile = { country: 'CA', subdivision: null, currency: 'CAD', minPay: null };

/** The browser's side, as the page sees it: nothing here is asked of it by these tests. */
const SERVICES: TrackerServices = {
  askFollowUpPermission: async () => true,
  followUpsChanged: () => undefined,
  loadBackups: async () => ({
    load: async () => ({ schedule: 'off', lastBackupAt: null }),
    save: async (s) => ({ ...s, lastBackupAt: null }),
    backupNow: async () => ({ ok: false, error: 'not in this test' }),
  }),
};

let root: HTMLElement;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(jobs: number) {
  const db = await openJobsDb();
  await importJobs(db, variedSavedJobs(jobs));
  render(
    <TrackerApp openStore={async () => idbStore(db)} loadProfile={async () => CANADA} services={SERVICES} />,
    root,
  );
  await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
  return db;
}

const $ = <E extends Element = HTMLElement>(selector: string): E => {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const rows = (): HTMLTableRowElement[] => [...root.querySelectorAll<HTMLTableRowElement>('tr.job-row')];
const cellTexts = (column: string): string[] =>
  rows().map((r) => r.querySelector(`.col-${column}`)?.textContent ?? '');
function checkbox(row: number): HTMLInputElement {
  const box = rows()[row]?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!box) throw new Error(`no checkbox in row ${row}`);
  return box;
}
const key = (el: Element, k: string, init: KeyboardEventInit = {}): void =>
  void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));

function type(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the tracker table', () => {
  it('draws only the rows in view, whatever the number of jobs', async () => {
    await mount(400);
    // The newest page first, then the whole list.
    await vi.waitFor(() => expect($('table.jobs-table').getAttribute('aria-rowcount')).toBe('401'));
    expect(rows().length).toBeGreaterThan(20);
    expect(rows().length).toBeLessThan(60);
    expect($('.job-count').textContent).toBe('400 jobs');
  });

  it('sorts by any column, both ways, from its header', async () => {
    await mount(30);
    const header = (): HTMLElement => $('th.col-company');
    expect(header().getAttribute('aria-sort')).toBe('none');
    $<HTMLButtonElement>('th.col-company button').click();
    await vi.waitFor(() => expect(header().getAttribute('aria-sort')).toBe('ascending'));
    expect(cellTexts('company')[0]).toBe('Acme Robotics');
    $<HTMLButtonElement>('th.col-company button').click();
    await vi.waitFor(() => expect(header().getAttribute('aria-sort')).toBe('descending'));
    expect(cellTexts('company')[0]).toBe('Zephyr Health');
    expect($('th.col-saved').getAttribute('aria-sort')).toBe('none');
  });

  it('filters by a column and by the search box', async () => {
    await mount(30);
    type($<HTMLInputElement>('input[name="filter-company"]'), 'quill');
    await vi.waitFor(() => expect(new Set(cellTexts('company'))).toEqual(new Set(['Quillmark'])));
    expect($('.job-count').textContent).toBe('30 jobs');
    type($<HTMLInputElement>('input[name="search"]'), 'designer');
    await vi.waitFor(() =>
      expect(cellTexts('title').every((t) => t.startsWith('Product Designer'))).toBe(true),
    );
    expect(rows().length).toBeGreaterThan(0);
    $<HTMLButtonElement>('.clear-filters').click();
    await vi.waitFor(() => expect(new Set(cellTexts('company')).size).toBeGreaterThan(1));
  });

  it('selects by click, shift-click and all matching, then changes their status at once, with Undo', async () => {
    const db = await mount(30);
    const boxes = (): HTMLInputElement[] =>
      rows().map((r) => r.querySelector('input[type="checkbox"]') as HTMLInputElement);
    boxes()[0]?.click();
    boxes()[2]?.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
    await vi.waitFor(() => expect($('.bulk-count').textContent).toBe('3 selected'));
    const chosen = rows()
      .slice(0, 3)
      .map((r) => r.dataset.id);
    expect(
      rows()
        .slice(0, 3)
        .map((r) => r.getAttribute('aria-selected')),
    ).toEqual(['true', 'true', 'true']);
    const before = new Map((await listJobs(db)).map((j) => [j.id, j.status]));

    const select = $<HTMLSelectElement>('select[name="bulk-status"]');
    select.value = 'interviewing';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    $<HTMLButtonElement>('.bulk-set-status').click();
    await vi.waitFor(() => expect($('.undo-text').textContent).toBe('Moved 3 jobs to Interviewing.'));
    const after = await listJobs(db);
    for (const j of after.filter((j) => chosen.includes(j.id))) {
      expect(j.status).toBe('interviewing');
      expect(j.statusHistory.at(-1)?.status).toBe('interviewing');
    }

    $<HTMLButtonElement>('.undo').click();
    await vi.waitFor(async () => {
      const back = await listJobs(db);
      for (const j of back.filter((j) => chosen.includes(j.id))) expect(j.status).toBe(before.get(j.id));
    });

    $<HTMLInputElement>('.select-all').click();
    await vi.waitFor(() => expect($('.bulk-count').textContent).toBe('30 selected'));
  });

  it('deletes the selected jobs and brings them back with Undo', async () => {
    const db = await mount(12);
    $<HTMLInputElement>('.select-all').click();
    await vi.waitFor(() => expect($('.bulk-count').textContent).toBe('12 selected'));
    $<HTMLButtonElement>('.bulk-delete').click();
    await vi.waitFor(() => expect($('.undo-text').textContent).toBe('Deleted 12 jobs.'));
    expect(await listJobs(db)).toHaveLength(0);
    $<HTMLButtonElement>('.undo').click();
    await vi.waitFor(() => expect(rows()).toHaveLength(12));
    expect(await listJobs(db)).toHaveLength(12);
  });

  it('works by keyboard: arrows move the focus, Space selects, Enter opens the job', async () => {
    await mount(30);
    const first = rows()[0] as HTMLTableRowElement;
    expect(first.tabIndex).toBe(0);
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    first.focus();
    key(first, 'ArrowDown');
    await vi.waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    key(rows()[1] as Element, ' ');
    await vi.waitFor(() => expect(rows()[1]?.getAttribute('aria-selected')).toBe('true'));
    key(rows()[1] as Element, 'End');
    await vi.waitFor(() => expect((document.activeElement as HTMLElement).dataset.index).toBe('29'));
    key(document.activeElement as Element, 'Enter');
    const id = (document.activeElement as HTMLElement).dataset.id ?? '';
    expect(location.hash).toBe(`#/job/${encodeURIComponent(id)}`);
  });

  it('keeps its sort, filters and selection across a job page and back', async () => {
    await mount(30);
    $<HTMLButtonElement>('th.col-company button').click();
    type($<HTMLInputElement>('input[name="filter-title"]'), 'engineer');
    await vi.waitFor(() => expect(cellTexts('title').every((t) => t.includes('Engineer'))).toBe(true));
    await vi.waitFor(() => expect($('th.col-company').getAttribute('aria-sort')).toBe('ascending'));
    checkbox(0).click();
    await vi.waitFor(() => expect($('.bulk-count').textContent).toBe('1 selected'));
    const order = cellTexts('title');
    const go = (hash: string): void => {
      location.hash = hash;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    };
    go(`#/job/${encodeURIComponent(rows()[1]?.dataset.id ?? '')}`);
    await vi.waitFor(() => expect(root.querySelector('.job-page')).not.toBeNull());
    go('#/table');
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect($('th.col-company').getAttribute('aria-sort')).toBe('ascending');
    expect($<HTMLInputElement>('input[name="filter-title"]').value).toBe('engineer');
    expect(cellTexts('title')).toEqual(order);
    expect($('.bulk-count').textContent).toBe('1 selected');
  });

  it('"/" goes to the search box', async () => {
    await mount(5);
    key(document.body, '/');
    expect(document.activeElement).toBe($('input[name="search"]'));
  });
});

describe('the tracker table, tags', () => {
  it('adds a tag to the selected jobs, and Undo takes it off again', async () => {
    const db = await mount(8);
    const first = rows()[0]?.dataset.id ?? '';
    checkbox(0).click();
    await vi.waitFor(() => expect($('.bulk-count').textContent).toBe('1 selected'));
    type($<HTMLInputElement>('input[name="bulk-tag"]'), '  Top,  pick ');
    $<HTMLFormElement>('form.bulk-tag').requestSubmit();
    await vi.waitFor(() => expect($('.undo-text').textContent).toBe('Tagged 1 job “Top pick”.'));
    const tagsOf = async (): Promise<string[]> =>
      (await listJobs(db)).find((j) => j.id === first)?.tags ?? [];
    expect(await tagsOf()).toContain('Top pick');
    $<HTMLButtonElement>('.undo').click();
    await vi.waitFor(async () => expect(await tagsOf()).not.toContain('Top pick'));
  });
});

describe('a job page', () => {
  async function openJob(db: Awaited<ReturnType<typeof mount>>) {
    const [job] = await listJobs(db);
    if (!job) throw new Error('no job');
    location.hash = `#/job/${encodeURIComponent(job.id)}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect($('.job-page h1').textContent).toBe(job.job.title));
    return job;
  }

  it('shows what changed in the posting since it was saved, as text', async () => {
    const db = await mount(3);
    const [job] = await listJobs(db);
    const snapshot = await db.get('snapshots', job?.id ?? '');
    if (!snapshot) throw new Error('no snapshot');
    const later = 'Posting number 2. Now <b>remote</b> only.';
    await db.put('snapshots', {
      ...snapshot,
      description: 'Posting number 2. On site.',
      seenLater: { description: later, seenAt: Date.UTC(2026, 1, 2) },
    });
    await openJob(db);
    await vi.waitFor(() => expect(root.querySelector('.diff')).not.toBeNull());
    expect([...root.querySelectorAll('.diff ins')].map((e) => e.textContent).join('')).toContain(
      '<b>remote</b>',
    );
    expect([...root.querySelectorAll('.diff del')].map((e) => e.textContent).join('')).toContain('On site');
    expect(root.querySelector('.diff b')).toBeNull();
  });

  it('adds, edits and removes contacts, saved to the job', async () => {
    const db = await mount(3);
    const job = await openJob(db);
    $<HTMLButtonElement>('.contact-add').click();
    await vi.waitFor(() => expect(root.querySelector('input[name="contact-0-name"]')).not.toBeNull());
    type($<HTMLInputElement>('input[name="contact-0-name"]'), 'Ada Moss');
    type($<HTMLInputElement>('input[name="contact-0-email"]'), 'ada@example.com');
    $<HTMLButtonElement>('.contact-add').click();
    await vi.waitFor(() => expect(root.querySelector('input[name="contact-1-name"]')).not.toBeNull());
    type($<HTMLInputElement>('input[name="contact-1-name"]'), 'Ben Ray');
    $<HTMLFormElement>('form.contacts').requestSubmit();
    await vi.waitFor(() => expect($('.contacts [role="status"]').textContent).toBe('Contacts saved'));
    const contactsOf = async () => (await listJobs(db)).find((j) => j.id === job.id)?.contacts;
    expect((await contactsOf())?.map((c) => c.name)).toEqual(['Ada Moss', 'Ben Ray']);
    $<HTMLButtonElement>('.contact-remove').click();
    await vi.waitFor(() => expect(root.querySelectorAll('fieldset.contact')).toHaveLength(1));
    $<HTMLFormElement>('form.contacts').requestSubmit();
    await vi.waitFor(async () => expect((await contactsOf())?.map((c) => c.name)).toEqual(['Ben Ray']));
  });
});

describe('the tracker board', () => {
  it('moves a card to the next status with Alt+→, says so, and keeps the focus on it', async () => {
    const db = await mount(12);
    location.hash = '#/board';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(root.querySelectorAll('.board-column')).toHaveLength(6));
    const card = $('.board-column[data-status="saved"] li.card');
    const id = card.dataset.id ?? '';
    card.focus();
    key(card, 'ArrowRight', { altKey: true });
    await vi.waitFor(() =>
      expect(
        root.querySelector(`.board-column[data-status="applied"] li.card[data-id="${id}"]`),
      ).not.toBeNull(),
    );
    expect($('.board-view [aria-live]').textContent).toMatch(/^Moved “.+” to Applied\.$/);
    expect((document.activeElement as HTMLElement).dataset.id).toBe(id);
    const saved = (await listJobs(db)).find((j) => j.id === id);
    expect(saved?.statusHistory.map((c) => c.status)).toEqual(['saved', 'applied']);
  });

  it('moves a card with its "Move to" list, and not past the last column', async () => {
    await mount(12);
    location.hash = '#/board';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(root.querySelectorAll('.board-column')).toHaveLength(6));
    const archived = $('.board-column[data-status="archived"] li.card');
    key(archived, 'ArrowRight', { altKey: true });
    const card = $('.board-column[data-status="saved"] li.card');
    const id = card.dataset.id ?? '';
    const move = card.querySelector('select') as HTMLSelectElement;
    move.value = 'offer';
    move.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() =>
      expect(
        root.querySelector(`.board-column[data-status="offer"] li.card[data-id="${id}"]`),
      ).not.toBeNull(),
    );
    expect(
      root.querySelector(`.board-column[data-status="archived"] li.card[data-id="${archived.dataset.id}"]`),
    ).not.toBeNull();
  });
});
