// The boards Jobsight runs on without asking. Their union is the content script's `matches`;
// every other site is opt-in.
export interface Board {
  id: string;
  name: string;
  matches: string[];
}

export const BOARDS: readonly Board[] = [
  { id: 'remotewlb', name: 'remotewlb', matches: ['*://*.remotewlb.com/*', '*://remotewlb.com/*'] },
  { id: 'remoteok', name: 'Remote OK', matches: ['*://remoteok.com/*', '*://*.remoteok.com/*'] },
  {
    id: 'weworkremotely',
    name: 'We Work Remotely',
    matches: ['*://weworkremotely.com/*', '*://*.weworkremotely.com/*'],
  },
  { id: 'remotive', name: 'Remotive', matches: ['*://remotive.com/*', '*://*.remotive.com/*'] },
  { id: 'himalayas', name: 'Himalayas', matches: ['*://himalayas.app/*', '*://*.himalayas.app/*'] },
  {
    id: 'workingnomads',
    name: 'Working Nomads',
    matches: ['*://*.workingnomads.com/*', '*://workingnomads.com/*'],
  },
  {
    id: 'greenhouse',
    name: 'Greenhouse',
    matches: ['*://boards.greenhouse.io/*', '*://job-boards.greenhouse.io/*', '*://*.greenhouse.io/*'],
  },
  { id: 'lever', name: 'Lever', matches: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'] },
  { id: 'ashby', name: 'Ashby', matches: ['*://jobs.ashbyhq.com/*'] },
  { id: 'workable', name: 'Workable', matches: ['*://apply.workable.com/*', '*://*.workable.com/*'] },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    matches: ['*://*.linkedin.com/jobs/*', '*://*.linkedin.com/comm/jobs/*'],
  },
  {
    id: 'indeed',
    name: 'Indeed',
    matches: ['*://*.indeed.com/*', '*://*.indeed.ca/*', '*://*.indeed.co.uk/*'],
  },
  { id: 'wellfound', name: 'Wellfound', matches: ['*://wellfound.com/*', '*://*.wellfound.com/*'] },
];

export const BOARD_MATCHES: string[] = BOARDS.flatMap((b) => b.matches);
