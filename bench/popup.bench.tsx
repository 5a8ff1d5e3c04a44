// The popup with 5 000 saved jobs: its first render (rows prepared for the profile, the first
// page rendered), from memory and from IndexedDB, and one search keystroke.
// Run with `npm run bench -- popup`.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SavedJobsApp } from '../components/popup/SavedJobsApp';
import { SavedJobsBrowser } from '../components/popup/SavedJobsBrowser';
import { DEFAULT_QUERY, runQuery } from '../lib/saved-jobs/query';
import { rowsFor } from '../lib/saved-jobs/rows';
import { openJobsDb } from '../lib/saved-jobs/db';
import { idbStore } from '../lib/saved-jobs/store';
import { importJobs } from '../lib/saved-jobs/transfer';
import type { SavedJob } from '../lib/saved-jobs/types';
import type { Profile } from '../lib/model/types';
import { variedSavedJobs } from '../test/helpers/saved-jobs';
import { installDom } from './dom';
import { benchmark, type Benchmark, type Suite } from './harness';

const JOBS = 5000;
const PROFILE: Profile = { country: 'CA', subdivision: null, currency: 'CAD', minPay: null };
const KEYSTROKES = [
  'b',
  'ba',
  'bac',
  'back',
  'backe',
  'backend',
  'backend 4',
  'engineer',
  'analyst',
  'lumen',
];
const noop = (): void => {};
const handlers = {
  onStatus: noop,
  onDelete: noop,
  onNotes: async () => {},
  loadSnapshot: async () => undefined,
};

function container(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

function unmount(el: HTMLElement): void {
  render(null, el);
  el.remove();
}

/** Resolves as soon as the popup shows what `ready` looks for (on the DOM change, not a timer). */
function shown(el: HTMLElement, ready: (el: HTMLElement) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready(el)) return resolve();
    const watch = new MutationObserver(() => {
      if (!ready(el)) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(el, { childList: true, subtree: true, characterData: true });
  });
}

const firstRows = (el: HTMLElement): boolean => el.querySelector('li.job') !== null;
const wholeList = (el: HTMLElement): boolean =>
  (el.querySelector('.summary')?.textContent ?? '').startsWith('Showing 50 of 5,000');

function browserView(jobs: SavedJob[], profile: Profile) {
  return <SavedJobsBrowser jobs={jobs} profile={profile} {...handlers} />;
}

async function filledDbName(): Promise<string> {
  const name = 'bench-popup';
  const db = await openJobsDb(name);
  await importJobs(db, variedSavedJobs(JOBS));
  db.close();
  return name;
}

async function popupBenchmarks(): Promise<Benchmark[]> {
  installDom();
  const jobs = variedSavedJobs(JOBS).map((j) => j.record);
  const rows = rowsFor(jobs, PROFILE, new WeakMap());
  const dbName = await filledDbName();
  let keystroke = 0;
  return [
    benchmark({
      name: 'popup: first render, 5 000 jobs in memory',
      setup: container,
      // A new profile object: nothing cached from an earlier run.
      run: (el) => render(browserView(jobs, { ...PROFILE }), el),
      teardown: unmount,
    }),
    ...(
      [
        ['first rows', firstRows],
        ['whole list ready', wholeList],
      ] as const
    ).map(([what, ready]) =>
      benchmark({
        name: `popup: ${what}, 5 000 jobs from IndexedDB (fake-indexeddb)`,
        runs: 5,
        setup: container,
        run: async (el) => {
          const profile = async (): Promise<Profile> => PROFILE;
          render(
            <SavedJobsApp
              openStore={() => openJobsDb(dbName).then(idbStore)}
              loadProfile={profile}
              saveProfile={profile}
            />,
            el,
          );
          await shown(el, ready);
        },
        teardown: unmount,
      }),
    ),
    benchmark({
      // The keystroke's logic alone: what is left is the DOM's work for the rows that change.
      name: 'popup: search filter and sort, 5 000 jobs, no DOM',
      runs: 30,
      setup: () => ({ ...DEFAULT_QUERY, text: KEYSTROKES[keystroke++ % KEYSTROKES.length] ?? '' }),
      run: (query) => void runQuery(rows, query),
    }),
    benchmark({
      name: 'popup: search keystroke, 5 000 jobs',
      runs: 30,
      setup: () => {
        const el = container();
        render(browserView(jobs, PROFILE), el);
        const input = el.querySelector<HTMLInputElement>('input.search');
        if (!input) throw new Error('no search box');
        input.value = KEYSTROKES[keystroke++ % KEYSTROKES.length] ?? '';
        return { el, input };
      },
      run: ({ input }) =>
        act(() => {
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      teardown: ({ el }) => unmount(el),
    }),
  ];
}

export const popupSuite: Suite = {
  name: 'popup',
  note: 'popup: the saved-jobs popup with 5 000 varied jobs (test/helpers/saved-jobs.ts), rendered by Preact into happy-dom.',
  prepare: popupBenchmarks,
};
