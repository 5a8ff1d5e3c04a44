import type { PageKind } from '../model/reading';
import type { VerdictStatus } from '../model/types';

// The toolbar badge for one tab: whether the page holds a posting and, once the panel has read
// it for the user's profile, whether they can apply. The title says in words what the badge
// says in a few characters and a colour.

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const KIND: Record<PageKind, Badge> = {
  posting: { text: 'JOB', color: '#2563eb', title: 'Jobsight: a job posting on this page' },
  list: { text: '', color: '#2563eb', title: 'Jobsight: a list of jobs (open one posting to read it)' },
  none: { text: '', color: '#2563eb', title: 'Jobsight: no job posting on this page' },
};

const VERDICT: Record<VerdictStatus, Badge> = {
  eligible: { text: 'JOB✓', color: '#15803d', title: 'Jobsight: a job posting you can apply for' },
  'not-eligible': { text: 'JOB✗', color: '#b91c1c', title: 'Jobsight: a job posting not open to you' },
  unknown: {
    text: 'JOB?',
    color: '#4b5563',
    title: 'Jobsight: a job posting; unclear whether you can apply',
  },
};

/** The badge for what the content script found; the verdict counts only on a posting. */
export function badgeFor(kind: PageKind, verdict?: VerdictStatus | null): Badge {
  return kind === 'posting' && verdict ? VERDICT[verdict] : KIND[kind];
}
