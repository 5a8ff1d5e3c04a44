import type { SiteAdapter } from './types';

// Greenhouse boards: legacy boards.greenhouse.io/<token>/jobs/<id> (server HTML) and, since
// 2025, job-boards(.eu).greenhouse.io/<token>/jobs/<id> (Remix). A job URL can serve the board
// after the job closes, so content still decides (detect), not the URL alone.
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['*://boards.greenhouse.io/*', '*://job-boards.greenhouse.io/*', '*://job-boards.eu.greenhouse.io/*'],
  isPosting: (url) => /^\/[^/]+\/jobs\/\d+/.test(url.pathname),
  fields: {
    // new boards (2025–) | legacy boards
    title: ['.job__title h1', 'h1.section-header', '#header h1.app-title', 'h1'],
    company: ['#header .company-name', '.job__header .company-name'],
    locationText: ['.job__location', '#header .location', '.location'],
  },
  read: (_doc, url) => {
    const id = /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
    return id ? { postingId: { value: id, source: 'adapter', evidence: url.pathname } } : {};
  },
};
