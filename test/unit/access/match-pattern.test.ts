import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../lib/access/match-pattern';

describe('match patterns', () => {
  it.each<[string, string, boolean]>([
    ['*://boards.greenhouse.io/*', 'https://boards.greenhouse.io/acme/jobs/1', true],
    ['*://boards.greenhouse.io/*', 'http://boards.greenhouse.io/', true],
    ['*://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/acme', false],
    ['*://*.remotewlb.com/*', 'https://remotewlb.com/jobs/1', true],
    ['*://*.remotewlb.com/*', 'https://www.remotewlb.com/jobs/1', true],
    ['*://*.remotewlb.com/*', 'https://evilremotewlb.com/jobs/1', false],
    ['*://*.linkedin.com/jobs/*', 'https://www.linkedin.com/jobs/view/1', true],
    ['*://*.linkedin.com/jobs/*', 'https://www.linkedin.com/feed/', false],
    ['*://workingnomads.com/jobs*', 'https://workingnomads.com/jobs?category=dev', true],
    ['*://*.example.com/*', 'ftp://www.example.com/', false],
    ['https://*/*', 'http://a.example/', false],
    ['https://*/*', 'https://a.example/x', true],
    ['<all_urls>', 'https://a.example/', true],
    ['<all_urls>', 'chrome://extensions/', false],
  ])('%s against %s: %s', (pattern, url, want) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(want);
  });
});
