import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Badge } from '../../lib/analysis/badge';
import { dispatch, type DispatchContext } from '../../lib/dispatch';
import type { AnalysisResponse, CardText, CardsResponse } from '../../lib/model/messages';
import type { PageReading } from '../../lib/model/reading';
import { readPage } from '../../lib/page/read-page';
import { findAdapter } from '../../lib/page/sites';
import { openJobsDb } from '../../lib/saved-jobs/db';
import { listJobs, saveJob, setStatus } from '../../lib/saved-jobs/jobs';
import { sampleJob } from '../helpers/jobs';
import { pageDoc } from '../helpers/pages';

// Every message a content script sends goes through one dispatcher (lib/dispatch.ts).

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function context(db: ReturnType<typeof openJobsDb>): DispatchContext {
  return {
    db: () => db,
    analyse: () => Promise.reject(new Error('not asked')),
    judgeCards: () => Promise.reject(new Error('not asked')),
  };
}

function readingOf(name: string, url: string): PageReading {
  const { reading } = readPage(pageDoc(name), new URL(url), findAdapter);
  if (!reading) throw new Error(`${name} reads as no posting`);
  return reading;
}

describe('the background dispatcher: saved jobs', () => {
  it('validates and saves, then reports the saved status', async () => {
    const db = openJobsDb();
    const ctx = context(db);
    const job = sampleJob({ url: 'https://a.example/jobs/9' });
    expect(await dispatch({ type: 'save-job', job }, ctx)).toMatchObject({ ok: true, outcome: 'new' });
    expect(await dispatch({ type: 'saved-status', url: 'https://a.example/jobs/9' }, ctx)).toMatchObject({
      saved: true,
      status: 'saved',
      savedAt: expect.any(Number),
      matchedBy: 'page',
    });
  });

  it('answers "already saved" with the status for the same posting on another board', async () => {
    const db = openJobsDb();
    const ctx = context(db);
    const saved = await saveJob(
      await db,
      sampleJob({ url: 'https://boards.greenhouse.io/northwind/jobs/4410021' }),
      1000,
    );
    await setStatus(await db, saved.record.id, 'interviewing', 2000);
    const probe = {
      type: 'saved-status',
      url: 'https://www.linkedin.com/jobs/view/3900000001',
      title: 'Sr. Platform Engineer',
      company: 'northwind labs',
    };
    // Without "Sr." the titles differ: this one is a senior role, not the saved one.
    expect(await dispatch(probe, ctx)).toEqual({ saved: false, status: null, savedAt: null });
    expect(await dispatch({ ...probe, title: 'Platform Engineer (Remote)' }, ctx)).toEqual({
      saved: true,
      status: 'interviewing',
      savedAt: 1000,
      id: saved.record.id,
      matchedBy: 'company-title',
    });
    // Recognised once, the page is linked: its URL alone now finds the saved job.
    expect(await dispatch({ type: 'saved-status', url: probe.url }, ctx)).toMatchObject({
      saved: true,
      matchedBy: 'page',
    });
    const [record] = await listJobs(await db);
    expect(record?.links.map((l) => l.url)).toEqual([probe.url]);
    expect(record?.updatedAt).toBe(2000);
  });

  it.each([
    [{ type: 'save-job', job: { title: 'x' } }],
    [{ type: 'drop-database' }],
    [{ type: 'saved-status', url: 'javascript:alert(1)' }],
    [{ type: 'saved-status', url: 'https://a.example/1', title: 'x'.repeat(501) }],
    ['save-job'],
    [null],
  ])('refuses %j', async (msg) => {
    const db = openJobsDb();
    expect(await dispatch(msg, context(db))).toMatchObject({ ok: false });
    expect(await listJobs(await db)).toEqual([]);
  });

  it.each<[unknown, string]>([
    [{ type: 'page-scanned', kind: 'posting' }, 'JOB'],
    [{ type: 'page-scanned', kind: 'list' }, ''],
    [{ type: 'page-verdict', status: 'eligible' }, 'JOB✓'],
    [{ type: 'page-verdict', status: 'not-eligible' }, 'JOB✗'],
  ])('tells the toolbar badge what %j holds', async (msg, text) => {
    const badges: Badge[] = [];
    expect(
      await dispatch(msg, { ...context(openJobsDb()), showBadge: (b) => badges.push(b) }),
    ).toBeUndefined();
    expect(badges.map((b) => b.text)).toEqual([text]);
  });

  it('clears the badge when the background finds no posting where the page thought one', async () => {
    const badges: Badge[] = [];
    const answer = { job: null, salaries: [], problems: ['the heading names no role on offer'] };
    const ctx = {
      ...context(openJobsDb()),
      analyse: async () => answer as never,
      showBadge: (b: Badge) => badges.push(b),
    };
    const html = readFileSync(
      join(import.meta.dirname, '../fixtures/detect/occupation-dishwasher.html'),
      'utf8',
    );
    const url = new URL('https://mapleandmain.example/careers/dishwasher');
    const reading = readPage(pageDoc(html), url, findAdapter).reading as PageReading;
    expect(await dispatch({ type: 'analyse', reading }, ctx)).toEqual(answer);
    expect(badges.map((b) => b.text)).toEqual(['']);
  });

  it.each([
    ['list', 1],
    ['posting', 0],
    ['none', 0],
  ] as const)('asks for chips on the cards of a page scanned as %s: %i time(s)', async (kind, times) => {
    const showCards = vi.fn();
    await dispatch({ type: 'page-scanned', kind }, { ...context(openJobsDb()), showCards });
    expect(showCards).toHaveBeenCalledTimes(times);
  });

  it('counts a board reader’s misses, and refuses a field it does not know', async () => {
    const noteMisses = vi.fn();
    const ctx = { ...context(openJobsDb()), noteMisses };
    expect(
      await dispatch({ type: 'adapter-missed', site: 'linkedin', fields: ['title'] }, ctx),
    ).toBeUndefined();
    expect(noteMisses).toHaveBeenCalledWith('linkedin', ['title']);
    expect(
      await dispatch({ type: 'adapter-missed', site: 'linkedin', fields: ['salary'] }, ctx),
    ).toMatchObject({
      ok: false,
    });
    expect(noteMisses).toHaveBeenCalledOnce();
  });

  it('opens the settings when the panel asks', async () => {
    const openSettings = vi.fn();
    expect(
      await dispatch({ type: 'open-settings' }, { ...context(openJobsDb()), openSettings }),
    ).toBeUndefined();
    expect(openSettings).toHaveBeenCalledOnce();
  });
});

describe('the background dispatcher: readings', () => {
  it('hands a valid reading to the engines and answers with their result', async () => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    const seen: PageReading[] = [];
    const answer: AnalysisResponse = { job: null, view: null, problems: ['none'] };
    const ctx = { ...context(openJobsDb()), analyse: async (r: PageReading) => (seen.push(r), answer) };
    expect(await dispatch({ type: 'analyse', reading }, ctx)).toBe(answer);
    expect(seen).toEqual([reading]);
  });

  it('says in the panel that a posting is a repost of a job opened before under another id', async () => {
    const db = openJobsDb();
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    const opened = (url: string): AnalysisResponse => ({
      job: sampleJob({ url, company: 'Acme', title: 'Data Engineer' }),
      view: {
        verdict: { status: 'unknown', reason: '', evidence: null, evidenceIsData: false },
        pay: null,
        yearly: null,
        ratesNote: null,
        belowMinimum: false,
        needsProfile: false,
      },
    });
    const open = async (url: string) =>
      (await dispatch(
        { type: 'analyse', reading },
        { ...context(db), analyse: async () => opened(url) },
      )) as AnalysisResponse;
    expect((await open('https://remoteok.com/remote-jobs/101-data-engineer')).view?.repost).toBeUndefined();
    // the same page again is no repost; a new id of the same job on the same board is
    expect((await open('https://remoteok.com/remote-jobs/101-data-engineer')).view?.repost).toBeUndefined();
    expect((await open('https://remoteok.com/remote-jobs/202-data-engineer')).view?.repost).toMatch(
      /^Reposted, first seen \S+/,
    );
  });

  it('refuses a reading the schema refuses, without running the engines', async () => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    let ran = false;
    const ctx = { ...context(openJobsDb()), analyse: async () => ((ran = true), null as never) };
    expect(
      await dispatch({ type: 'analyse', reading: { ...reading, url: 'javascript:x' } }, ctx),
    ).toMatchObject({
      ok: false,
    });
    expect(ran).toBe(false);
  });
});

describe('the background dispatcher: job cards of a results list', () => {
  const CARDS: CardText[] = [
    { id: 'job-1', title: 'Backend Engineer', company: 'Acme', location: 'USA Only', pay: '$80k - $120k' },
    { id: 'job-2', location: '2 Locations' },
  ];

  it.each<[string, CardText[]]>([
    ['two cards', CARDS],
    ['no cards', []],
    ['200 cards', Array.from({ length: 200 }, (_, i) => ({ id: `job-${i}` }))],
  ])('hands %s to judgeCards and answers with its chips', async (_what, cards) => {
    const seen: [CardText[], string | null][] = [];
    const answer: CardsResponse = { chips: [] };
    const judgeCards = async (c: CardText[], board: string | null) => (seen.push([c, board]), answer);
    const ctx = { ...context(openJobsDb()), judgeCards };
    expect(await dispatch({ type: 'read-cards', site: 'linkedin', cards }, ctx)).toEqual(answer);
    expect(seen).toEqual([[cards, null]]);
  });

  it('marks the cards that are saved jobs with their status: by their link, or the same job saved from another board', async () => {
    const db = openJobsDb();
    const saved = await saveJob(
      await db,
      sampleJob({ url: 'https://remoteok.com/remote-jobs/1085001-remote-platform-engineer-northwind' }),
      1000,
    );
    await setStatus(await db, saved.record.id, 'applied', 2000);
    await saveJob(
      await db,
      sampleJob({
        url: 'https://boards.greenhouse.io/quill/jobs/77',
        title: 'Data Engineer',
        company: 'Quill',
      }),
      3000,
    );
    const cards: CardText[] = [
      { id: '1085001', url: 'https://remoteok.com/remote-jobs/1085001-remote-platform-engineer-northwind' },
      {
        id: '1085002',
        url: 'https://remoteok.com/remote-jobs/1085002-remote-data-engineer-quill',
        title: 'Data Engineer',
        company: 'Quill',
      },
      {
        id: '1085003',
        url: 'https://remoteok.com/remote-jobs/1085003-remote-designer-acme',
        title: 'Designer',
        company: 'Acme',
      },
      { id: '1085004', title: 'Data Engineer', company: 'Quill' }, // links nowhere: not looked up
    ];
    const chip = (id: string) => ({
      id,
      verdict: 'unknown' as const,
      reason: null,
      pay: null,
      yearly: null,
      saved: null,
      lastSeen: null,
      repostOf: null,
      company: null,
    });
    const judgeCards = async (c: CardText[]) => ({ chips: c.map((card) => chip(card.id)) });
    const answer = await dispatch(
      { type: 'read-cards', site: 'remoteok', cards },
      { ...context(db), judgeCards },
    );
    expect((answer as CardsResponse).chips.map((c) => [c.id, c.saved])).toEqual([
      ['1085001', 'applied'],
      ['1085002', 'saved'],
      ['1085003', null],
      ['1085004', null],
    ]);
  });

  it('tells judgeCards the board lists remote jobs only, when the content script says so', async () => {
    const judgeCards = vi.fn(async () => ({ chips: [] }));
    const msg = { type: 'read-cards', site: 'weworkremotely', remoteBoard: 'We Work Remotely', cards: CARDS };
    await dispatch(msg, { ...context(openJobsDb()), judgeCards });
    expect(judgeCards).toHaveBeenCalledWith(CARDS, 'We Work Remotely');
  });

  it.each<[string, unknown]>([
    ['a card without id', { type: 'read-cards', site: 'linkedin', cards: [{ title: 'Engineer' }] }],
    [
      '201 cards',
      { type: 'read-cards', site: 'x', cards: Array.from({ length: 201 }, (_, i) => ({ id: `${i}` })) },
    ],
    ['no site', { type: 'read-cards', cards: CARDS }],
    ['no cards at all', { type: 'read-cards', site: 'linkedin' }],
    [
      'a location too long',
      { type: 'read-cards', site: 'x', cards: [{ id: '1', location: 'x'.repeat(501) }] },
    ],
    ['an id too long', { type: 'read-cards', site: 'x', cards: [{ id: 'x'.repeat(201) }] }],
    ['a pay that is not text', { type: 'read-cards', site: 'x', cards: [{ id: '1', pay: 80000 }] }],
  ])('refuses %s, without judging', async (_what, msg) => {
    let ran = false;
    const ctx = { ...context(openJobsDb()), judgeCards: async () => ((ran = true), { chips: [] }) };
    expect(await dispatch(msg, ctx)).toMatchObject({ ok: false });
    expect(ran).toBe(false);
  });
});
