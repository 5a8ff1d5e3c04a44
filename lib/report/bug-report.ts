// One file a user can send us when Jobsight reads a page wrongly: the page (lib/report/
// page-snapshot.ts) with its address on the first line, as our fixtures start, and what Jobsight
// read from it at the end, in a comment: saved in Downloads, it becomes a fixture the same day.
import type { PageSnapshot } from './page-snapshot';

export interface WhatWasRead {
  /** The content script's reading and the background's job, as last made for the tab. */
  reading: unknown;
  job: unknown;
}

/** A comment may hold anything but "--": JSON never needs two dashes in a row unescaped. */
const commentSafe = (json: string): string => json.replace(/--/g, '-\\u002d');

export function bugReportHtml(
  page: PageSnapshot,
  read: WhatWasRead | null,
  made: { version: string; at: Date },
): string {
  const about = {
    savedBy: `Jobsight ${made.version}`,
    savedAt: made.at.toISOString(),
    title: page.title,
    ...(read ?? { reading: null, job: null, note: 'Jobsight had not read this page' }),
  };
  return [
    `<!-- url: ${page.url.replace(/--/g, '%2D%2D')} -->`,
    page.html,
    `<!-- jobsight-read:\n${commentSafe(JSON.stringify(about, null, 2))}\n-->`,
    '',
  ].join('\n');
}

/** "jobsight-page-www.linkedin.com-2026-12-07.html" */
export function bugReportName(url: string, at: Date): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || host;
  } catch {
    /* a page without a parsable address keeps the generic name */
  }
  return `jobsight-page-${host}-${at.toISOString().slice(0, 10)}.html`;
}
